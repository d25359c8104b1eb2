package pl.synergia.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dictionary entry: stable code and its Polish and English names. */
@Schema(description = "A dictionary entry with Polish and English names")
public record CodeLabel(
        @Schema(required = true) String code,
        @Schema(required = true) String namePl,
        @Schema(required = true) String nameEn) {
}
