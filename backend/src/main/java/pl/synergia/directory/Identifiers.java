package pl.synergia.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Register identifiers")
public record Identifiers(
        @Schema(nullable = true) String krs,
        @Schema(nullable = true) String regon,
        @Schema(nullable = true) String nip,
        @Schema(nullable = true) String registerEntry) {
}
