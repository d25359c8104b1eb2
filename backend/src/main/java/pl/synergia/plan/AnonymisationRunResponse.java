package pl.synergia.plan;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One anonymisation run and how many records it changed (or, in a dry run, would change)")
public record AnonymisationRunResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant startedAt,
        @Schema(required = true) Instant finishedAt,
        @Schema(required = true, description = "Counted only; nothing was changed") boolean dryRun,
        @Schema(required = true) AnonymisationRun.Trigger trigger,
        @Schema(required = true, description = "The administrator who started it, or the scheduled job") String triggeredBy,
        @Schema(required = true, description = "Retention in force, ISO-8601 period (synergia.retention.after-plan-closure)") String retention,
        @Schema(required = true, description = "Plans finished before this moment were past retention") Instant closedBefore,
        @Schema(required = true) Counts counts) {

    @Schema(name = "AnonymisationCounts", description = "Clients anonymised, and the records of theirs whose free text was cleared")
    public record Counts(
            @Schema(required = true) int clients,
            @Schema(required = true) int plans,
            @Schema(required = true) int steps,
            @Schema(required = true) int meetings,
            @Schema(required = true) int outcomes,
            @Schema(required = true) int referrals,
            @Schema(required = true) int sharingRecords,
            @Schema(required = true, description = "Special-category rows deleted") int specialCategoryRows) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(clients + o.clients, plans + o.plans, steps + o.steps, meetings + o.meetings,
                    outcomes + o.outcomes, referrals + o.referrals, sharingRecords + o.sharingRecords,
                    specialCategoryRows + o.specialCategoryRows);
        }
    }

    static AnonymisationRunResponse of(AnonymisationRun r) {
        return new AnonymisationRunResponse(r.id, r.startedAt, r.finishedAt, r.dryRun, r.trigger, r.triggeredByName, r.retention,
                r.closedBefore, new Counts(r.clients, r.plans, r.steps, r.meetings, r.outcomes, r.referrals, r.sharingRecords,
                        r.specialCategoryRows));
    }
}
