package pl.synergia.directory;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Postal address")
public record Address(
        @Schema(nullable = true) @Size(max = 200) String street,
        @Schema(nullable = true, pattern = "^[0-9]{2}-[0-9]{3}$") @Pattern(regexp = "^[0-9]{2}-[0-9]{3}$") String postalCode,
        @Schema(nullable = true) @Size(max = 128) String city) {
}
