package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.web.Versioned;

@Schema(description = "A request in the data-protection officer's register")
public record DataSubjectRequestResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) PlanResponse.ClientRef client,
        @Schema(required = true) DataSubjectRequest.Kind kind,
        @Schema(required = true) DataSubjectRequest.Grounds grounds,
        @Schema(nullable = true) String details,
        @Schema(required = true) LocalDate receivedOn,
        @Schema(required = true, description = "One month after receipt") LocalDate dueOn,
        @Schema(nullable = true) LocalDate extendedDueOn,
        @Schema(nullable = true) String extensionReason,
        @Schema(required = true, description = "The day the answer is due now") LocalDate answerDue,
        @Schema(required = true, description = "Still open after the answer was due") boolean overdue,
        @Schema(required = true) DataSubjectRequest.Status status,
        @Schema(nullable = true) String decisionReason,
        @Schema(nullable = true) LocalDate decidedOn,
        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true) LocalDate liftedOn,
        @Schema(nullable = true) String liftReason,
        @Schema(required = true) String recordedBy,
        @Schema(required = true) Instant recordedAt,
        @Schema(required = true, description = "For an open erasure request: the statutory duties that keep the data now (PLAN_IN_PROGRESS, "
                + "RETENTION_PERIOD, REFERRAL_OPEN); granting is refused while any applies") List<String> dutiesToKeep,
        @Schema(required = true, description = "What the officer may do now: EXTEND, GRANT, REFUSE, LIFT") List<String> actions,
        @Schema(required = true, description = "Also the ETag for If-Match") long version) implements Versioned {
}
