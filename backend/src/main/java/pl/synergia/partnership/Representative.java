package pl.synergia.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignatoryRepresentative", description = "The person who signs for a signatory, and their function")
public record Representative(
        @Schema(required = true) @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, description = "e.g. Dyrektor, Prezes Zarządu, Sołtys") @Size(max = 200) String function) {
}
