package pl.synergia.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Change title and goals while DRAFT or CONSULTATION (coordinators of joined signatories)")
public record PartnershipUpdateRequest(
        @Schema(required = true) @NotBlank @Size(max = 300) String title,
        @Schema(required = true) @NotBlank @Size(max = 4000) String goals,
        @Schema(nullable = true) @Size(max = 2000) String separateAgreements) {
}
