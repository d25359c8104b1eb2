package pl.synergia.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A catalogue entry, named")
public record ServiceRef(
        @Schema(required = true) String code,
        @Schema(required = true) String kind,
        @Schema(required = true) String namePl,
        @Schema(required = true) String nameEn) {

    public static ServiceRef of(pl.synergia.catalogue.Service s) {
        return new ServiceRef(s.code, s.kind, s.namePl, s.nameEn);
    }
}
