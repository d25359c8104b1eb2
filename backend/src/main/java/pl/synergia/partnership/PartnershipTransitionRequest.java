package pl.synergia.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Move a partnership to another status")
public record PartnershipTransitionRequest(
        @Schema(required = true) @NotNull PartnershipStatus to,
        @Schema(nullable = true, description = "Why; required when dissolving") @Size(max = 2000) String reason) {
}
