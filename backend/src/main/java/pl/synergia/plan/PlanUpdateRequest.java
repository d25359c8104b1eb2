package pl.synergia.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Change a plan's title, period and goals (the lead institution)")
public record PlanUpdateRequest(
        @Schema(required = true) @NotBlank @Size(max = 300) String title,
        @Schema(required = true) @NotNull LocalDate periodFrom,
        @Schema(nullable = true) LocalDate periodTo,
        @Schema(required = true, description = "The goals in order; a goal without id is new, a goal left out is removed")
        @NotNull @Size(max = 20) List<@Valid @NotNull Goal> goals,
        @Schema(nullable = true, description = "The day an agreement under the 2004 employment act was signed, before 1 June 2025, "
                + "which keeps the plan under that act; left out, the plan's start decides") LocalDate regimeAgreementSignedOn) {

    @Schema(name = "PlanGoalRequest")
    public record Goal(@Schema(nullable = true) UUID id, @Schema(required = true) @NotBlank @Size(max = 2000) String description,
            @Schema(nullable = true, description = "The needs of the current diagnosis it answers (areas marked NEED); left out keeps "
                    + "them as they are. Special-category needs the caller may not see are kept as they are")
            @Size(max = 8) List<@NotNull DiagnosisArea> needs) {

        public Goal(UUID id, String description) {
            this(id, description, null);
        }
    }
}
