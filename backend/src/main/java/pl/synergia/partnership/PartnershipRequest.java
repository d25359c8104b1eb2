package pl.synergia.partnership;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Start a partnership in DRAFT: the initiating institution joins it at once, and version 1 of the "
        + "text is generated from the kind's model text with the gmina's name filled in")
public record PartnershipRequest(
        @Schema(required = true) @NotNull PartnershipKind kind,
        @Schema(required = true, description = "7-digit TERYT code of the gmina; must be the initiating institution's gmina",
                pattern = "^[0-9]{7}$") @NotNull @Pattern(regexp = "^[0-9]{7}$") String gminaTeryt,
        @Schema(nullable = true, description = "Defaults to the model text's title with the gmina's name") @Size(max = 300) String title,
        @Schema(nullable = true, description = "Defaults to the goal the seed documents give for this kind") @Size(max = 4000) String goals,
        @Schema(nullable = true, description = "Separate agreements that do create financial obligations, if any "
                + "(the partnership itself creates none)") @Size(max = 2000) String separateAgreements,
        @Schema(nullable = true, description = "The initiating institution: the caller's own for a coordinator (may be "
                + "left out); required for an administrator") UUID initiatingInstitutionId,
        @Schema(nullable = true, description = "Who signs for the initiating institution; the name defaults to the caller's")
        @Valid Representative initiatorRepresentative) {
}
