package pl.synergia.plan;

import pl.synergia.shared.web.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.catalogue.ServiceRef;
import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "An individual action plan with its team, goals, steps, meetings, outcomes and what is due")
public record PlanResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The number a person says and writes, per lead institution and year, e.g. OPS-2026/0042") String number,
        @Schema(required = true) ClientRef client,
        @Schema(required = true) InstitutionRef lead,
        @Schema(required = true) String title,
        @Schema(required = true) LocalDate periodFrom,
        @Schema(nullable = true) LocalDate periodTo,
        @Schema(required = true) PlanStatus status,
        @Schema(required = true, description = "Statuses the plan may move to now") Set<PlanStatus> allowedTransitions,
        @Schema(required = true) List<TeamMember> team,
        @Schema(required = true) List<Goal> goals,
        @Schema(required = true) List<Step> steps,
        @Schema(required = true) List<Meeting> meetings,
        @Schema(required = true) List<Outcome> outcomes,
        @Schema(required = true) List<DueItem> due,
        @Schema(required = true, description = "The caller's institution leads the plan (edits it and its status)") boolean canEdit,
        @Schema(required = true, description = "The caller is a coordinator of the lead institution (manages the team)") boolean canManageTeam,
        @Schema(required = true) long version) implements Versioned {

    @Schema(name = "PlanClient")
    public record ClientRef(@Schema(required = true) UUID id, @Schema(required = true) String firstName,
            @Schema(required = true) String lastName,
            @Schema(required = true, description = "The retention period passed and the identity was removed: the names are a neutral marker")
            boolean anonymised) {
    }

    @Schema(name = "PlanTeamMember")
    public record TeamMember(@Schema(required = true) InstitutionRef institution, @Schema(required = true) Instant addedAt,
            @Schema(required = true, description = "It has an active legal basis to see the client's data") boolean sharingActive) {
    }

    @Schema(name = "PlanGoal")
    public record Goal(@Schema(required = true) UUID id, @Schema(required = true) int position,
            @Schema(required = true) String description) {
    }

    @Schema(name = "PlanStep")
    public record Step(@Schema(required = true) UUID id, @Schema(nullable = true) UUID goalId,
            @Schema(required = true) InstitutionRef owner, @Schema(required = true) ServiceRef service,
            @Schema(nullable = true) UUID offeringId, @Schema(required = true) String title,
            @Schema(required = true) LocalDate plannedStart, @Schema(nullable = true) LocalDate plannedEnd,
            @Schema(nullable = true) LocalDate actualStart, @Schema(nullable = true) LocalDate actualEnd,
            @Schema(required = true) StepStatus status, @Schema(nullable = true) String notes,
            @Schema(required = true, description = "The caller's institution owns it") boolean editable,
            @Schema(required = true, description = "Also its ETag for If-Match") long version) {
    }

    @Schema(name = "PlanMeeting")
    public record Meeting(@Schema(required = true) UUID id, @Schema(required = true) InstitutionRef institution,
            @Schema(required = true) LocalDate heldOn, @Schema(required = true) String attendees,
            @Schema(nullable = true) String notes, @Schema(required = true) String recordedBy) {
    }

    @Schema(name = "PlanOutcome")
    public record Outcome(@Schema(required = true) UUID id, @Schema(required = true) OutcomeKind kind,
            @Schema(required = true) LocalDate occurredOn, @Schema(nullable = true) String notes,
            @Schema(required = true) String recordedBy) {
    }
}
