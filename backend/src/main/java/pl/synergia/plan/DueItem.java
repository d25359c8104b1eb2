package pl.synergia.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "Something a plan's statutory clock or schedule makes due")
public record DueItem(
        @Schema(required = true) Kind kind,
        @Schema(required = true) UUID planId,
        @Schema(required = true) PlanResponse.ClientRef client,
        @Schema(nullable = true) UUID stepId,
        @Schema(nullable = true) String stepTitle,
        @Schema(required = true, description = "Institution that must act") InstitutionRef institution,
        @Schema(required = true) LocalDate dueOn,
        @Schema(required = true) boolean overdue) {

    @Schema(name = "DueItemKind", description = "PUP_MEETING: the PUP must meet the person at least every 30 days (2025 act); "
            + "STEP_START: a planned step should have started; STEP_END: an open step reaches its planned end within 14 days or has passed it; "
            + "PLAN_END: the plan's period ends within 30 days")
    public enum Kind {
        PUP_MEETING, STEP_START, STEP_END, PLAN_END
    }
}
