package pl.synergia.partnership;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Invite a new signatory: either a directory institution (institutionId) or a private person (person)")
public record InvitationRequest(
        @Schema(nullable = true) UUID institutionId,
        @Schema(nullable = true, description = "A private person, e.g. a sołtys or another local leader") @Valid Person person) {

    @Schema(name = "SignatoryPerson", description = "A private person who signs in their own name")
    public record Person(
            @Schema(required = true) @NotBlank @Size(max = 200) String name,
            @Schema(required = true, description = "Their function in the community, e.g. Sołtys sołectwa Michałów") @NotBlank @Size(max = 200) String function) {
    }
}
