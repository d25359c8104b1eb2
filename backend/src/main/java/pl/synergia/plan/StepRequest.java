package pl.synergia.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A step of a plan")
public record StepRequest(
        @Schema(nullable = true) UUID goalId,
        @Schema(required = true, description = "The team institution that owns (and alone edits) the step") @NotNull UUID ownerInstitutionId,
        @Schema(required = true, description = "Catalogue service code") @NotBlank @Size(max = 64) String serviceCode,
        @Schema(nullable = true, description = "The owner's offering of that service") UUID offeringId,
        @Schema(required = true) @NotBlank @Size(max = 300) String title,
        @Schema(required = true) @NotNull LocalDate plannedStart,
        @Schema(nullable = true) LocalDate plannedEnd,
        @Schema(nullable = true) LocalDate actualStart,
        @Schema(nullable = true) LocalDate actualEnd,
        @Schema(nullable = true, description = "Defaults to PLANNED for a new step") StepStatus status,
        @Schema(nullable = true) @Size(max = 4000) String notes) {
}
