package pl.synergia.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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

import pl.synergia.catalogue.Service;
import pl.synergia.directory.ServiceRef;
import pl.synergia.plan.PlanAccess.VisiblePlan;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.idempotency.IdempotencyStore;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.web.Preconditions;

/**
 * Individual action plans: made by a team, led by the institution that starts them, each step
 * owned and edited by one team institution. Every read and write of a plan is audited in its own
 * transaction; changes are checked against the version the caller loaded.
 */
@ApplicationScoped
public class PlanService {

    static final String PURPOSE = "PLAN_DELIVERY";

    /** Under the 2025 employment act the PUP meets the person at least every 30 days. */
    static final int PUP_MEETING_INTERVAL_DAYS = 30;
    static final int STEP_END_WARNING_DAYS = 14;
    static final int PLAN_END_WARNING_DAYS = 30;

    @Inject
    PlanRepository repository;

    @Inject
    Clock clock;

    @Inject
    PlanAccess access;

    @Inject
    AuditLog audit;

    @Inject
    InstitutionLookup institutions;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    ReferralService referrals;

    @Inject
    CurrentUser user;

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
        List<FieldError> errors = new ArrayList<>();
        checkPeriod(r.periodFrom(), r.periodTo(), errors);
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
        plan.title = r.title().strip();
        plan.periodFrom = r.periodFrom();
        plan.periodTo = r.periodTo();
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
        return new Created<>(response(plan, client, institution), false);
    }

    @Transactional
    public PlanResponse get(UUID id) {
        VisiblePlan v = access.requirePlan(id, false, Action.READ, PURPOSE);
        audit.allowed("PLAN", v.plan().id, v.client().id, Action.READ, PURPOSE);
        return response(v.plan(), v.client(), access.institution());
    }

    @Transactional
    public PlanResponse update(UUID id, long expectedVersion, PlanUpdateRequest r) {
        VisiblePlan v = access.requirePlan(id, true, Action.UPDATE, PURPOSE);
        ActionPlan plan = v.plan();
        requireLead(plan);
        Preconditions.requireCurrent(expectedVersion, plan.version);
        requireOpen(plan);
        List<FieldError> errors = new ArrayList<>();
        checkPeriod(r.periodFrom(), r.periodTo(), errors);
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
        touch(plan);
        audit.allowed("PLAN", plan.id, plan.clientId, Action.UPDATE, PURPOSE);
        return response(plan, v.client(), access.institution());
    }

    @Transactional
    public PlanResponse transition(UUID id, long expectedVersion, PlanStatus to) {
        VisiblePlan v = access.requirePlan(id, true, Action.TRANSITION, PURPOSE);
        ActionPlan plan = v.plan();
        requireLead(plan);
        Preconditions.requireCurrent(expectedVersion, plan.version);
        if (!plan.status.canMoveTo(to)) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "Transition not allowed",
                    "A " + plan.status + " plan cannot become " + to + "; allowed: " + plan.status.next() + ".", List.of());
        }
        plan.status = to;
        if (to.finished()) {
            plan.closedAt = clock.instant();
        }
        touch(plan);
        audit.allowed("PLAN", plan.id, plan.clientId, Action.TRANSITION, PURPOSE);
        return response(plan, v.client(), access.institution());
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
        plan.team.removeIf(m -> !wanted.contains(m.institutionId));
        for (UUID member : wanted) {
            if (!plan.hasMember(member)) {
                plan.team.add(new PlanMember(member, now));
            }
        }
        touch(plan);
        audit.allowed("PLAN", plan.id, plan.clientId, Action.UPDATE, PURPOSE);
        return response(plan, v.client(), institution);
    }

    /** A team institution adds steps it owns; the lead adds steps for any team institution. */
    @Transactional
    public Created<PlanResponse> addStep(UUID planId, StepRequest r, String idempotencyKey) {
        UUID stepId = UUID.randomUUID();
        Optional<UUID> earlier = idempotency.claim(idempotencyKey, "addStep:" + planId, r, stepId);
        if (earlier.isPresent()) {
            return new Created<>(get(planId), true);
        }
        VisiblePlan v = access.requirePlan(planId, true, Action.CREATE, PURPOSE);
        ActionPlan plan = v.plan();
        UUID institution = access.institution();
        requireOpen(plan);
        if (!institution.equals(r.ownerInstitutionId()) && !plan.leadInstitutionId.equals(institution)) {
            throw ProblemException.forbidden("A team institution adds its own steps; only the lead adds steps for others.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!plan.hasMember(r.ownerInstitutionId())) {
            errors.add(new FieldError("ownerInstitutionId", "not-on-team", "is not on the plan's team"));
        }
        if (r.status() != null && r.status() != StepStatus.PLANNED && r.status() != StepStatus.IN_PROGRESS) {
            errors.add(new FieldError("status", "invalid-transition", "a new step is PLANNED or IN_PROGRESS"));
        }
        Service service = checkStep(plan, r, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        PlanStep step = new PlanStep();
        step.id = stepId;
        step.planId = plan.id;
        step.ownerInstitutionId = r.ownerInstitutionId();
        step.status = r.status() == null ? StepStatus.PLANNED : r.status();
        apply(step, r, service);
        em.persist(step);
        touch(plan);
        audit.allowed("PLAN_STEP", step.id, plan.clientId, Action.CREATE, PURPOSE);
        return new Created<>(response(plan, v.client(), institution), false);
    }

    /** Only the owning institution edits a step; its version is checked on its own, so partners never overwrite each other. */
    @Transactional
    public PlanResponse updateStep(UUID planId, UUID stepId, long expectedVersion, StepRequest r) {
        VisiblePlan v = access.requirePlan(planId, false, Action.UPDATE, PURPOSE);
        ActionPlan plan = v.plan();
        UUID institution = access.institution();
        PlanStep step = repository.stepForUpdate(plan.id, stepId)
                .orElseThrow(() -> ProblemException.notFound("This plan has no step with this id."));
        if (!step.ownerInstitutionId.equals(institution)) {
            throw ProblemException.forbidden("Only the institution that owns a step edits it.");
        }
        Preconditions.requireCurrent(expectedVersion, step.version);
        requireOpen(plan);
        List<FieldError> errors = new ArrayList<>();
        if (!step.ownerInstitutionId.equals(r.ownerInstitutionId())) {
            errors.add(new FieldError("ownerInstitutionId", "immutable", "cannot change; add a step for the other institution"));
        }
        StepStatus next = r.status() == null ? step.status : r.status();
        if (!step.status.canMoveTo(next)) {
            errors.add(new FieldError("status", "invalid-transition", "a " + step.status + " step cannot become " + next));
        }
        Service service = checkStep(plan, r, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        step.status = next;
        apply(step, r, service);
        em.flush();
        audit.allowed("PLAN_STEP", step.id, plan.clientId, Action.UPDATE, PURPOSE);
        return response(plan, v.client(), institution);
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
        touch(plan);
        audit.allowed("PLAN_MEETING", meeting.id, plan.clientId, Action.CREATE, PURPOSE);
        return response(plan, v.client(), institution);
    }

    @Transactional
    public PlanResponse addOutcome(UUID planId, OutcomeRequest r) {
        VisiblePlan v = access.requirePlan(planId, true, Action.CREATE, PURPOSE);
        ActionPlan plan = v.plan();
        requireLead(plan);
        if (plan.status == PlanStatus.CLOSED) {
            throw closed();
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
        touch(plan);
        audit.allowed("PLAN_OUTCOME", outcome.id, plan.clientId, Action.CREATE, PURPOSE);
        return response(plan, v.client(), access.institution());
    }

    /** What the caller's institution must do soon or is late with, across its active plans, and the referrals it must answer. */
    @Transactional
    public List<DueItem> dueForMyInstitution() {
        UUID institution = access.institution();
        List<DueItem> due = new ArrayList<>();
        for (ActionPlan plan : repository.activePlansOf(institution)) {
            Client client = repository.client(plan.clientId).orElse(null);
            if (client == null || !access.seesPlan(plan, client, institution)) {
                continue;
            }
            List<DueItem> mine = dueItems(plan, client).stream().filter(d -> d.institution().id().equals(institution)).toList();
            if (!mine.isEmpty()) {
                audit.allowed("PLAN", plan.id, client.id, Action.LIST, PURPOSE);
                due.addAll(mine);
            }
        }
        due.addAll(referrals.awaitingAnswer(institution));
        due.sort(Comparator.comparing(DueItem::dueOn));
        return due;
    }

    private List<DueItem> dueItems(ActionPlan plan, Client client) {
        List<DueItem> due = new ArrayList<>();
        if (plan.status != PlanStatus.ACTIVE) {
            return due;
        }
        LocalDate today = LocalDate.now(clock);
        PlanResponse.ClientRef who = new PlanResponse.ClientRef(client.id, client.firstName, client.lastName, client.anonymised());
        List<PlanMeeting> meetings = repository.meetings(plan.id);
        for (PlanMember member : plan.team) {
            InstitutionRef ref = institutions.requireRef(member.institutionId);
            if (ref.type() == InstitutionType.PUP) {
                LocalDate last = meetings.stream().filter(m -> m.institutionId.equals(member.institutionId))
                        .map(m -> m.heldOn).max(Comparator.naturalOrder()).orElse(plan.periodFrom);
                LocalDate next = last.plusDays(PUP_MEETING_INTERVAL_DAYS);
                due.add(DueItem.ofPlan(DueItem.Kind.PUP_MEETING, plan.id, who, null, null, ref, next, next.isBefore(today)));
            }
        }
        for (PlanStep step : repository.steps(plan.id)) {
            if (step.status == StepStatus.PLANNED && step.plannedStart.isBefore(today)) {
                due.add(DueItem.ofPlan(DueItem.Kind.STEP_START, plan.id, who, step.id, step.title, institutions.requireRef(step.ownerInstitutionId),
                        step.plannedStart, true));
            }
            if (step.status.open() && step.plannedEnd != null
                    && !step.plannedEnd.isAfter(today.plusDays(STEP_END_WARNING_DAYS))) {
                due.add(DueItem.ofPlan(DueItem.Kind.STEP_END, plan.id, who, step.id, step.title, institutions.requireRef(step.ownerInstitutionId),
                        step.plannedEnd, step.plannedEnd.isBefore(today)));
            }
        }
        if (plan.periodTo != null && !plan.periodTo.isAfter(today.plusDays(PLAN_END_WARNING_DAYS))) {
            due.add(DueItem.ofPlan(DueItem.Kind.PLAN_END, plan.id, who, null, null, institutions.requireRef(plan.leadInstitutionId), plan.periodTo,
                    plan.periodTo.isBefore(today)));
        }
        due.sort(Comparator.comparing(DueItem::dueOn));
        return due;
    }

    private void checkPeriod(LocalDate from, LocalDate to, List<FieldError> errors) {
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

    private Service checkStep(ActionPlan plan, StepRequest r, List<FieldError> errors) {
        Service service = em.find(Service.class, r.serviceCode().strip());
        if (service == null) {
            errors.add(new FieldError("serviceCode", "invalid-reference", "is not a catalogue entry"));
        }
        if (r.goalId() != null && repository.goals(plan.id).stream().noneMatch(g -> g.id.equals(r.goalId()))) {
            errors.add(new FieldError("goalId", "invalid-reference", "is not a goal of this plan"));
        }
        if (r.offeringId() != null) {
            long matching = em.createQuery("select count(o) from Offering o where o.id = :id and o.institution.id = :owner "
                    + "and o.service.code = :service", Long.class)
                    .setParameter("id", r.offeringId()).setParameter("owner", r.ownerInstitutionId())
                    .setParameter("service", service == null ? "" : service.code).getSingleResult();
            if (matching == 0) {
                errors.add(new FieldError("offeringId", "invalid-reference",
                        "is not the owner's offering of this service"));
            }
        }
        if (r.plannedEnd() != null && r.plannedEnd().isBefore(r.plannedStart())) {
            errors.add(new FieldError("plannedEnd", "date-order", "must not be before plannedStart"));
        } else if (service != null && service.durationMaxDays != null && r.plannedEnd() != null) {
            long days = ChronoUnit.DAYS.between(r.plannedStart(), r.plannedEnd());
            int max = service.durationMaxDays + (service.extensionMaxDays == null ? 0 : service.extensionMaxDays);
            if (days > max) {
                errors.add(new FieldError("plannedEnd", "too-long", "is " + days + " days after plannedStart; "
                        + service.code + " lasts at most " + max + " days with its extension"));
            }
        }
        if (r.actualStart() != null && r.actualEnd() != null && r.actualEnd().isBefore(r.actualStart())) {
            errors.add(new FieldError("actualEnd", "date-order", "must not be before actualStart"));
        }
        if (plan.periodTo != null && r.plannedStart().isAfter(plan.periodTo)) {
            errors.add(new FieldError("plannedStart", "out-of-range", "is after the end of the plan's period"));
        }
        return service;
    }

    private static void apply(PlanStep step, StepRequest r, Service service) {
        step.goalId = r.goalId();
        step.serviceCode = service.code;
        step.offeringId = r.offeringId();
        step.title = r.title().strip();
        step.plannedStart = r.plannedStart();
        step.plannedEnd = r.plannedEnd();
        step.actualStart = r.actualStart();
        step.actualEnd = r.actualEnd();
        step.notes = ClientService.blankToNull(r.notes());
    }

    private void requireLead(ActionPlan plan) {
        if (!plan.leadInstitutionId.equals(access.institution())) {
            throw ProblemException.forbidden("Only the lead institution changes the plan itself; each partner edits its own steps.");
        }
    }

    private static void requireOpen(ActionPlan plan) {
        if (plan.status == PlanStatus.COMPLETED || plan.status == PlanStatus.CLOSED) {
            throw closed();
        }
    }

    private static ProblemException closed() {
        return new ProblemException(409, ProblemType.INVALID_TRANSITION, "Plan is finished",
                "A completed or closed plan cannot be changed.", List.of());
    }

    /** Goals, steps, meetings and outcomes are part of the plan: a change to any gives the plan a new version. */
    private void touch(ActionPlan plan) {
        plan.updatedAt = clock.instant();
        em.flush();
    }

    private PlanResponse response(ActionPlan plan, Client client, UUID institution) {
        Map<String, ServiceRef> services = new HashMap<>();
        List<PlanResponse.Step> steps = repository.steps(plan.id).stream()
                .map(s -> new PlanResponse.Step(s.id, s.goalId, institutions.requireRef(s.ownerInstitutionId),
                        services.computeIfAbsent(s.serviceCode, this::serviceRef), s.offeringId, s.title, s.plannedStart,
                        s.plannedEnd, s.actualStart, s.actualEnd, s.status, s.notes, s.ownerInstitutionId.equals(institution),
                        s.version))
                .toList();
        return new PlanResponse(plan.id, new PlanResponse.ClientRef(client.id, client.firstName, client.lastName, client.anonymised()),
                institutions.requireRef(plan.leadInstitutionId), plan.title, plan.periodFrom, plan.periodTo, plan.status, plan.status.next(),
                plan.team.stream().sorted(Comparator.comparing((PlanMember m) -> !m.institutionId.equals(plan.leadInstitutionId))
                        .thenComparing(m -> m.addedAt).thenComparing(m -> m.institutionId))
                        .map(m -> new PlanResponse.TeamMember(institutions.requireRef(m.institutionId), m.addedAt,
                                client.registeredBy.equals(m.institutionId)
                                        || !access.activeSharing(client.id, m.institutionId).isEmpty()))
                        .toList(),
                repository.goals(plan.id).stream().map(g -> new PlanResponse.Goal(g.id, g.position, g.description)).toList(),
                steps,
                repository.meetings(plan.id).stream().map(m -> new PlanResponse.Meeting(m.id, institutions.requireRef(m.institutionId), m.heldOn,
                        m.attendees, m.notes, m.recordedBy)).toList(),
                repository.outcomes(plan.id).stream().map(o -> new PlanResponse.Outcome(o.id, o.kind, o.occurredOn, o.notes,
                        o.recordedBy)).toList(),
                dueItems(plan, client),
                plan.leadInstitutionId.equals(institution),
                plan.leadInstitutionId.equals(institution) && access.coordinator(),
                plan.version);
    }

    private ServiceRef serviceRef(String code) {
        return ServiceRef.of(em.find(Service.class, code));
    }

}
