package pl.synergia.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A social-cooperative model of seed 003: profile, founding path or support tool")
public record CooperativeModelResponse(
        @Schema(required = true) String code,
        @Schema(required = true) CooperativeModel.Category category,
        @Schema(required = true) String namePl,
        @Schema(required = true) String nameEn,
        @Schema(required = true) String descriptionPl,
        @Schema(required = true) String descriptionEn,
        @Schema(nullable = true, description = "Where in the seed documents it comes from") String source) {
}
