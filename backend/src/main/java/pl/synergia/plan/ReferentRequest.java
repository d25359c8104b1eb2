package pl.synergia.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Name a caseworker of the caller's institution as a referent of the plan (staff name themselves, a "
        + "coordinator any colleague)")
public record ReferentRequest(
        @Schema(required = true, description = "The caseworker's subject, as GET /api/v1/me/colleagues lists it") @NotBlank @Size(max = 255)
        String subject) {
}
