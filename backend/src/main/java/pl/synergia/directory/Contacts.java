package pl.synergia.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How to reach the institution")
public record Contacts(
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String website) {
}
