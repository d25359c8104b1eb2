package pl.synergia.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Hand a case (or, for a coordinator's reassignment, every case) from one caseworker of the caller's "
        + "institution to a colleague")
public record HandoverRequest(
        @Schema(required = true, description = "The referent handing over") @NotBlank @Size(max = 255) String fromSubject,
        @Schema(required = true, description = "The colleague taking over, as GET /api/v1/me/colleagues lists them") @NotBlank @Size(max = 255)
        String toSubject,
        @Schema(nullable = true, description = "What the colleague should know (no personal data beyond the plan's)") @Size(max = 1000)
        String note) {
}
