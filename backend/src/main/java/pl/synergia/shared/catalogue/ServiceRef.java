package pl.synergia.shared.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue entry as other records name it: its code, kind and names (published by the catalogue). */
@Schema(name = "ServiceRef", description = "A catalogue entry, named")
public record ServiceRef(
        @Schema(required = true) String code,
        @Schema(required = true) String kind,
        @Schema(required = true) String namePl,
        @Schema(required = true) String nameEn) {
}
