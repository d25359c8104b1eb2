package pl.synergia.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Postal address")
public record Address(
        @Schema(nullable = true) String street,
        @Schema(nullable = true, pattern = "^[0-9]{2}-[0-9]{3}$") String postalCode,
        @Schema(nullable = true) String city) {
}
