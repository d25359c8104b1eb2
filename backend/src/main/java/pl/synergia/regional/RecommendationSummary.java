package pl.synergia.regional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recommendation in a list")
public record RecommendationSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) RecommendationResponse.TerritoryRef territory,
        @Schema(required = true, description = "The text, cut at 200 characters") String excerpt,
        @Schema(required = true) List<String> indicators,
        @Schema(required = true) RecommendationStatus status,
        @Schema(required = true) Instant issuedAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {
}
