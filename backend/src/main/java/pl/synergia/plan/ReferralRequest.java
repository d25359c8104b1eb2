package pl.synergia.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ask another institution to take a step of the plan")
public record ReferralRequest(
        @Schema(required = true) @NotNull UUID toInstitutionId,
        @Schema(nullable = true, description = "Catalogue service asked for") @Size(max = 64) String serviceCode,
        @Schema(required = true, description = "What is asked, without more personal data than needed") @NotBlank @Size(max = 2000) String message,
        @Schema(required = true, description = "Answer expected by") @NotNull @FutureOrPresent LocalDate responseDue) {
}
