package pl.synergia.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.plan.PlanAccess.VisiblePlan;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.idempotency.IdempotencyStore;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.web.Preconditions;

/**
 * Individual action plans: made by a team, led by the institution that starts them. This service
 * keeps the plan itself, its team, meetings and outcomes; steps are {@link StepService}'s, due items
 * {@link DueItems}', the response {@link PlanResponses}'. Every read and write of a plan is audited in
 * its own transaction; changes are checked against the version the caller loaded.
 */
@ApplicationScoped
public class PlanService {

    static final String PURPOSE = "PLAN_DELIVERY";

    @Inject
    PlanRepository repository;

    @Inject
    PlanAccess access;

    @Inject
    PlanResponses responses;

    @Inject
    AuditLog audit;

    @Inject
    InstitutionLookup institutions;

    @Inject
    PlanNumbers numbers;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    DiagnosisService diagnoses;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    PlanEvents events;

    @Inject
    EntityManager em;

    public record Created<T>(T body, boolean replayed) {
    }

    @Transactional
    public Created<PlanResponse> create(PlanRequest r, String idempotencyKey) {
        UUID institution = access.institution();
        UUID id = UUID.randomUUID();
        Optional<UUID> earlier = idempotency.claim(idempotencyKey, "createPlan", r, id);
        if (earlier.isPresent()) {
            return new Created<>(get(earlier.get()), true);
        }
        repository.lockClientAgainstAnonymisation(r.clientId());
        Client client = access.requireClient(r.clientId(), Action.CREATE, PURPOSE);
        ClientService.requireNotAnonymised(client);
        access.requireWritable(client);
        List<FieldError> errors = new ArrayList<>();
        checkPeriod(r.periodFrom(), r.periodTo(), errors);
        RegimePolicy.checkAgreement(r.regimeAgreementSignedOn())
                .ifPresent(violation -> errors.add(new FieldError("regimeAgreementSignedOn", violation.code(), violation.message())));
        Set<UUID> team = new LinkedHashSet<>();
        team.add(institution);
        List<UUID> others = r.team() == null ? List.of() : r.team();
        for (int i = 0; i < others.size(); i++) {
            checkTeamMember(client, others.get(i), "team[" + i + "]", errors);
            team.add(others.get(i));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        ActionPlan plan = new ActionPlan();
        plan.id = id;
        plan.clientId = client.id;
        plan.leadInstitutionId = institution;
        plan.number = numbers.next(institution, institutions.requireRef(institution).type());
        plan.title = r.title().strip();
        plan.periodFrom = r.periodFrom();
        plan.periodTo = r.periodTo();
        setRegime(plan, r.regimeAgreementSignedOn());
        Instant now = clock.instant();
        team.forEach(member -> plan.team.add(new PlanMember(member, now)));
        em.persist(plan);
        List<String> goals = r.goals() == null ? List.of() : r.goals();
        for (int i = 0; i < goals.size(); i++) {
            PlanGoal goal = new PlanGoal();
            goal.id = UUID.randomUUID();
            goal.planId = plan.id;
            goal.position = i + 1;
            goal.description = goals.get(i).strip();
            em.persist(goal);
        }
        em.flush();
        audit.allowed("PLAN", plan.id, client.id, Action.CREATE, PURPOSE);
        events.membersAdded(plan, team.stream().filter(member -> !member.equals(institution)).toList());
        return new Created<>(responses.response(plan, client, institution), false);
    }

    @Transactional
    public PlanResponse get(UUID id) {
        VisiblePlan v = access.requirePlan(id, false, Action.READ, PURPOSE);
        audit.allowed("PLAN", v.plan().id, v.client().id, Action.READ, PURPOSE);
        return responses.response(v.plan(), v.client(), access.institution());
    }

    @Transactional
    public PlanResponse update(UUID id, long expectedVersion, PlanUpdateRequest r) {
        VisiblePlan v = access.requirePlan(id, true, Action.UPDATE, PURPOSE);
        ActionPlan plan = v.plan();
        requireLead(plan);
        access.requireWritable(v.client());
        Preconditions.requireCurrent(expectedVersion, plan.version);
        requireOpen(plan);
        List<FieldError> errors = new ArrayList<>();
        checkPeriod(r.periodFrom(), r.periodTo(), errors);
        RegimePolicy.checkAgreement(r.regimeAgreementSignedOn())
                .ifPresent(violation -> errors.add(new FieldError("regimeAgreementSignedOn", violation.code(), violation.message())));
        for (int i = 0; i < r.goals().size(); i++) {
            diagnoses.checkNeeds(plan.id, v.client(), r.goals().get(i).needs(), "goals[" + i + "].needs", errors);
        }
        boolean special = access.seesSensitive(v.client(), access.institution());
        Map<UUID, PlanGoal> existing = new HashMap<>();
        repository.goals(plan.id).forEach(g -> existing.put(g.id, g));
        for (int i = 0; i < r.goals().size(); i++) {
            UUID goalId = r.goals().get(i).id();
            if (goalId != null && !existing.containsKey(goalId)) {
                errors.add(new FieldError("goals[" + i + "].id", "invalid-reference", "is not a goal of this plan"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        plan.title = r.title().strip();
        plan.periodFrom = r.periodFrom();
        plan.periodTo = r.periodTo();
        setRegime(plan, r.regimeAgreementSignedOn());
        Set<UUID> kept = new LinkedHashSet<>();
        for (int i = 0; i < r.goals().size(); i++) {
            PlanUpdateRequest.Goal g = r.goals().get(i);
            PlanGoal goal = g.id() == null ? null : existing.get(g.id());
            boolean added = goal == null;
            if (added) {
                goal = new PlanGoal();
                goal.id = UUID.randomUUID();
                goal.planId = plan.id;
            }
            goal.position = i + 1;
            goal.description = g.description().strip();
            goal.needAreas = DiagnosisService.needAreas(g.needs(), goal.needAreas, special);
            // A new goal is persisted complete: Hibernate inserts the state it has at persist time.
            if (added) {
                em.persist(goal);
            }
            kept.add(goal.id);
        }
        List<PlanStep> steps = repository.steps(plan.id);
        for (PlanGoal goal : existing.values()) {
            if (!kept.contains(goal.id)) {
                steps.stream().filter(s -> goal.id.equals(s.goalId)).forEach(s -> s.goalId = null);
                em.remove(goal);
            }
        }
        repository.touch(plan, clock.instant());
        audit.allowed("PLAN", plan.id, plan.clientId, Action.UPDATE, PURPOSE);
        return responses.response(plan, v.client(), access.institution());
    }

    @Transactional
    public PlanResponse transition(UUID id, long expectedVersion, PlanStatus to) {
        VisiblePlan v = access.requirePlan(id, true, Action.TRANSITION, PURPOSE);
        ActionPlan plan = v.plan();
        requireLead(plan);
        access.requireWritable(v.client());
        Preconditions.requireCurrent(expectedVersion, plan.version);
        if (!plan.status.canMoveTo(to)) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "Transition not allowed",
                    "A " + plan.status + " plan cannot become " + to + "; allowed: " + plan.status.next() + ".", List.of());
        }
        plan.status = to;
        if (to.finished()) {
            plan.closedAt = clock.instant();
        }
        repository.touch(plan, clock.instant());
        audit.allowed("PLAN", plan.id, plan.clientId, Action.TRANSITION, PURPOSE);
        return responses.response(plan, v.client(), access.institution());
    }

    /** The team is managed by a coordinator of the lead institution. */
    @Transactional
    public PlanResponse setTeam(UUID id, long expectedVersion, TeamRequest r) {
        VisiblePlan v = access.requirePlan(id, true, Action.UPDATE, PURPOSE);
        ActionPlan plan = v.plan();
        UUID institution = access.institution();
        if (!plan.leadInstitutionId.equals(institution) || !access.coordinator()) {
            throw ProblemException.forbidden("Only a coordinator of the lead institution manages the plan's team.");
        }
        access.requireWritable(v.client());
        Preconditions.requireCurrent(expectedVersion, plan.version);
        requireOpen(plan);
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> wanted = new LinkedHashSet<>(r.institutionIds());
        if (!wanted.contains(plan.leadInstitutionId)) {
            errors.add(new FieldError("institutionIds", "lead-required", "must include the lead institution"));
        }
        for (int i = 0; i < r.institutionIds().size(); i++) {
            UUID member = r.institutionIds().get(i);
            if (!plan.hasMember(member)) {
                checkTeamMember(v.client(), member, "institutionIds[" + i + "]", errors);
            }
        }
        List<PlanStep> steps = repository.steps(plan.id);
        for (PlanMember member : plan.team) {
            if (!wanted.contains(member.institutionId) && steps.stream()
                    .anyMatch(s -> s.ownerInstitutionId.equals(member.institutionId) && s.status.open())) {
                errors.add(new FieldError("institutionIds", "owns-open-steps",
                        "cannot leave out an institution that owns open steps; close or cancel them first"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        Instant now = clock.instant();
        List<UUID> removed = plan.team.stream().map(m -> m.institutionId).filter(m -> !wanted.contains(m)).toList();
        List<UUID> added = wanted.stream().filter(m -> !plan.hasMember(m)).toList();
        plan.team.removeIf(m -> !wanted.contains(m.institutionId));
        for (UUID member : added) {
            plan.team.add(new PlanMember(member, now));
        }
        repository.touch(plan, now);
        audit.allowed("PLAN", plan.id, plan.clientId, Action.UPDATE, PURPOSE);
        events.membersAdded(plan, added);
        events.membersRemoved(plan, removed);
        return responses.response(plan, v.client(), institution);
    }

    @Transactional
    public PlanResponse addMeeting(UUID planId, MeetingRequest r) {
        VisiblePlan v = access.requirePlan(planId, true, Action.CREATE, PURPOSE);
        ActionPlan plan = v.plan();
        UUID institution = access.institution();
        requireOpen(plan);
        if (!plan.hasMember(institution)) {
            throw ProblemException.forbidden("Only a team institution records meetings.");
        }
        access.requireWritable(v.client());
        PlanMeeting meeting = new PlanMeeting();
        meeting.id = UUID.randomUUID();
        meeting.planId = plan.id;
        meeting.institutionId = institution;
        meeting.heldOn = r.heldOn();
        meeting.attendees = r.attendees().strip();
        meeting.notes = ClientService.blankToNull(r.notes());
        meeting.recordedBy = user.displayName();
        meeting.recordedAt = clock.instant();
        em.persist(meeting);
        repository.touch(plan, clock.instant());
        audit.allowed("PLAN_MEETING", meeting.id, plan.clientId, Action.CREATE, PURPOSE);
        return responses.response(plan, v.client(), institution);
    }

    @Transactional
    public PlanResponse addOutcome(UUID planId, OutcomeRequest r) {
        VisiblePlan v = access.requirePlan(planId, true, Action.CREATE, PURPOSE);
        ActionPlan plan = v.plan();
        requireLead(plan);
        access.requireWritable(v.client());
        if (plan.status == PlanStatus.CLOSED) {
            throw finished();
        }
        PlanOutcome outcome = new PlanOutcome();
        outcome.id = UUID.randomUUID();
        outcome.planId = plan.id;
        outcome.kind = r.kind();
        outcome.occurredOn = r.occurredOn();
        outcome.notes = ClientService.blankToNull(r.notes());
        outcome.recordedBy = user.displayName();
        outcome.recordedAt = clock.instant();
        em.persist(outcome);
        repository.touch(plan, clock.instant());
        audit.allowed("PLAN_OUTCOME", outcome.id, plan.clientId, Action.CREATE, PURPOSE);
        return responses.response(plan, v.client(), access.institution());
    }

    /** The regime follows the plan's start, unless an agreement signed before 1 June 2025 keeps the 2004 act. */
    private static void setRegime(ActionPlan plan, LocalDate agreementSignedOn) {
        plan.regime = RegimePolicy.of(plan.periodFrom, agreementSignedOn);
        plan.regimeAgreementSignedOn = plan.regime == EmploymentRegime.EMPLOYMENT_ACT_2004 && !plan.periodFrom.isBefore(EmploymentRegime.BOUNDARY)
                ? agreementSignedOn : null;
    }

    private static void checkPeriod(LocalDate from, LocalDate to, List<FieldError> errors) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("periodTo", "date-order", "must not be before periodFrom"));
        }
    }

    /** A new team member must exist and have an active legal basis to see the client (or be the registrar). */
    private void checkTeamMember(Client client, UUID member, String field, List<FieldError> errors) {
        if (institutions.findRef(member).isEmpty()) {
            errors.add(new FieldError(field, "invalid-reference", "is not an institution of the directory"));
        } else if (!client.registeredBy.equals(member) && access.activeSharing(client.id, member).isEmpty()) {
            errors.add(new FieldError(field, "no-legal-basis",
                    "has no active legal basis to see this client's data; record consent or another basis first"));
        }
    }

    private void requireLead(ActionPlan plan) {
        if (!plan.leadInstitutionId.equals(access.institution())) {
            throw ProblemException.forbidden("Only the lead institution changes the plan itself; each partner edits its own steps.");
        }
    }

    /** A completed or closed plan takes no changes (409). */
    static void requireOpen(ActionPlan plan) {
        if (plan.status == PlanStatus.COMPLETED || plan.status == PlanStatus.CLOSED) {
            throw finished();
        }
    }

    private static ProblemException finished() {
        return new ProblemException(409, ProblemType.INVALID_TRANSITION, "Plan is finished",
                "A completed or closed plan cannot be changed.", List.of());
    }
}
