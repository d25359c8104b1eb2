package pl.synergia.regional;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recommendation of the region to a gmina or powiat of the analyst's voivodeship")
public record RecommendationRequest(
        @Schema(required = true, description = "TERYT code of the gmina (7 digits) or powiat (4 digits)", example = "1408011",
                pattern = "^[0-9]{4}([0-9]{3})?$") @NotNull @Pattern(regexp = "^[0-9]{4}([0-9]{3})?$") String territory,
        @Schema(required = true, maxLength = RecommendationPolicy.TEXT_MAX) @NotBlank @Size(max = RecommendationPolicy.TEXT_MAX) String text,
        @Schema(required = true, minItems = 1, maxItems = RecommendationPolicy.INDICATORS_MAX,
                description = "Codes of the indicators of the catalogue it rests on", example = "[\"CIS_KIS_PLACES_PER_10K\"]")
        @NotNull @Size(min = 1, max = RecommendationPolicy.INDICATORS_MAX) List<@NotBlank @Size(max = 64) String> indicators) {
}
