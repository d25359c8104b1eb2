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

@Schema(description = "An individual action plan with its team, referents, diagnosis, goals, steps, meetings, outcomes, "
        + "follow-ups and what is due")
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
        @Schema(nullable = true, description = "The day the plan was completed or closed (Warsaw time): the exit its follow-ups count from")
        LocalDate finishedOn,
        @Schema(required = true) Regime regime,
        @Schema(required = true) List<TeamMember> team,
        @Schema(required = true, description = "The caseworkers each team institution named, by institution") List<Referent> referents,
        @Schema(required = true, description = "Diagnoses, newest first; the first valid one is current") List<Diagnosis> diagnoses,
        @Schema(required = true) List<Goal> goals,
        @Schema(required = true) List<Step> steps,
        @Schema(required = true) List<Meeting> meetings,
        @Schema(required = true) List<Outcome> outcomes,
        @Schema(required = true, description = "What became of the person at exit, 3 and 6 months later") List<FollowUpRecord> followUps,
        @Schema(required = true) List<DueItem> due,
        @Schema(required = true, description = "The caller's institution leads the plan (edits it and its status)") boolean canEdit,
        @Schema(required = true, description = "The caller is a coordinator of the lead institution (manages the team)") boolean canManageTeam,
        @Schema(required = true, description = "The caller's institution sees special-category data (article 9): the areas HEALTH, "
                + "HOUSING and FINANCES of a diagnosis and the needs in them") boolean specialCategoryVisible,
        @Schema(required = true, description = "A restriction of processing (GDPR art. 18) is in force: nothing can be changed "
                + "until the data-protection officer lifts it") boolean restricted,
        @Schema(required = true) long version) implements Versioned {

    @Schema(name = "PlanRegime", description = "The employment act the plan runs under and the clocks that follow from it")
    public record Regime(@Schema(required = true) EmploymentRegime code,
            @Schema(nullable = true, description = "Set when an agreement signed before 1 June 2025 keeps the plan under the 2004 act")
            LocalDate agreementSignedOn,
            @Schema(required = true, description = "The PUP is in contact with the person at least every this many days "
                    + "(60 under the 2004 act, 30 under the 2025 act)") int pupContactIntervalDays) {
    }

    @Schema(name = "PlanReferent", description = "A caseworker a team institution named for the plan")
    public record Referent(@Schema(required = true) InstitutionRef institution, @Schema(required = true) String subject,
            @Schema(required = true) String name, @Schema(required = true) Instant since,
            @Schema(required = true, description = "The referent is the caller") boolean mine,
            @Schema(required = true, description = "The caller may hand this case over: the referent themselves, or a coordinator "
                    + "of the referent's institution") boolean canHandOver) {
    }

    @Schema(name = "PlanDiagnosis", description = "A socio-professional diagnosis: each area a strength, a need or not explored")
    public record Diagnosis(@Schema(required = true) UUID id, @Schema(required = true) InstitutionRef institution,
            @Schema(required = true) LocalDate madeOn, @Schema(required = true) LocalDate validUntil,
            @Schema(required = true, description = "Valid today") boolean valid,
            @Schema(nullable = true) String summary, @Schema(required = true) String madeBy,
            @Schema(required = true, description = "Every area, in a fixed order") List<DiagnosisAreaView> areas) {
    }

    @Schema(name = "PlanDiagnosisArea")
    public record DiagnosisAreaView(@Schema(required = true) DiagnosisArea area,
            @Schema(nullable = true, description = "Null when withheld") Assessment assessment,
            @Schema(nullable = true) String notes,
            @Schema(required = true, description = "A special-category area the caller's institution may not see") boolean withheld) {
    }

    @Schema(name = "PlanFollowUp", description = "What became of the person at one checkpoint after the plan")
    public record FollowUpRecord(@Schema(required = true) FollowUp.Checkpoint checkpoint, @Schema(required = true) FollowUp.Status status,
            @Schema(required = true) LocalDate observedOn, @Schema(nullable = true) String notes,
            @Schema(required = true) String recordedBy) {
    }

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
            @Schema(required = true) String description,
            @Schema(required = true, description = "The needs of the diagnosis it answers (special-category areas only when visible)")
            List<DiagnosisArea> needs) {
    }

    @Schema(name = "PlanStep")
    public record Step(@Schema(required = true) UUID id, @Schema(nullable = true) UUID goalId,
            @Schema(nullable = true, description = "Null for a step of the person") InstitutionRef owner,
            @Schema(required = true, description = "The person takes this step (a free action); the lead edits it") boolean ownedByPerson,
            @Schema(nullable = true, description = "Null for a free action (its own text in title)") ServiceRef service,
            @Schema(nullable = true) UUID offeringId, @Schema(required = true) String title,
            @Schema(required = true) LocalDate plannedStart, @Schema(nullable = true) LocalDate plannedEnd,
            @Schema(nullable = true) LocalDate actualStart, @Schema(nullable = true) LocalDate actualEnd,
            @Schema(required = true) StepStatus status, @Schema(nullable = true) String notes,
            @Schema(required = true, description = "The needs of the diagnosis it answers (special-category areas only when visible)")
            List<DiagnosisArea> needs,
            @Schema(required = true, description = "The caller's institution owns it (or leads the plan, for a step of the person)") boolean editable,
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
