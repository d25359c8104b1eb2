package pl.synergia.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A step of a plan: a catalogue service of a team institution, or a free action (its own text in title) "
        + "of a team institution or of the person")
public record StepRequest(
        @Schema(nullable = true) UUID goalId,
        @Schema(nullable = true, description = "The team institution that owns (and alone edits) the step; leave out for a step of "
                + "the person") UUID ownerInstitutionId,
        @Schema(nullable = true, description = "True for a step the person takes (a free action, no service); the lead edits it")
        Boolean ownedByPerson,
        @Schema(nullable = true, description = "Catalogue service code; leave out for a free action") @Size(max = 64) String serviceCode,
        @Schema(nullable = true, description = "The owner's offering of that service") UUID offeringId,
        @Schema(required = true, description = "What is done; for a free action the action itself") @NotBlank @Size(max = 300) String title,
        @Schema(required = true) @NotNull LocalDate plannedStart,
        @Schema(nullable = true) LocalDate plannedEnd,
        @Schema(nullable = true) LocalDate actualStart,
        @Schema(nullable = true) LocalDate actualEnd,
        @Schema(nullable = true, description = "Defaults to PLANNED for a new step") StepStatus status,
        @Schema(nullable = true) @Size(max = 4000) String notes,
        @Schema(nullable = true, description = "The needs of the plan's current diagnosis the step answers (areas marked NEED); "
                + "on a change, left out keeps them as they are, and special-category needs the caller may not see are kept")
        @Size(max = 8) List<@NotNull DiagnosisArea> needs) {

    boolean byPerson() {
        return Boolean.TRUE.equals(ownedByPerson);
    }

    String code() {
        return ClientService.blankToNull(serviceCode);
    }
}
