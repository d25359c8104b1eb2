package pl.synergia.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organisational variant of the MLW procedure (seed 004) a gmina may choose")
public record OrganisationalVariantResponse(
        @Schema(required = true) String code,
        @Schema(required = true) String namePl,
        @Schema(required = true) String nameEn,
        @Schema(required = true) String descriptionPl,
        @Schema(required = true) String descriptionEn,
        @Schema(nullable = true, description = "Where in the seed documents it comes from") String source) {
}
