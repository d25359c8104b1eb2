package pl.synergia.plan;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.plan.PlanAccess.VisiblePlan;
import pl.synergia.plan.PlanService.Created;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.catalogue.ServiceEntry;
import pl.synergia.shared.catalogue.ServiceProvision;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.idempotency.IdempotencyStore;
import pl.synergia.shared.offering.OfferingLookup;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.web.Preconditions;

/**
 * The steps of a plan, each owned and edited by one team institution (a step of the person by the
 * lead): a team institution adds its own, the lead adds steps for any and for the person; a step's
 * version is checked on its own, so partners never overwrite each other. The catalogue entry, its
 * validity under the plan's regime, the owner's type and the offering are checked through the
 * catalogue's and the directory's ports.
 */
@ApplicationScoped
public class StepService {

    @Inject
    PlanRepository repository;

    @Inject
    PlanAccess access;

    @Inject
    PlanService plans;

    @Inject
    PlanResponses responses;

    @Inject
    CatalogueLookup catalogue;

    @Inject
    OfferingLookup offerings;

    @Inject
    InstitutionLookup institutions;

    @Inject
    DiagnosisService diagnoses;

    @Inject
    AuditLog audit;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    Clock clock;

    @Inject
    PlanEvents events;

    @Inject
    EntityManager em;

    /**
     * A team institution adds steps it owns; the lead adds steps for any team institution and for the
     * person.
     */
    @Transactional
    public Created<PlanResponse> add(UUID planId, StepRequest r, String idempotencyKey) {
        UUID stepId = UUID.randomUUID();
        Optional<UUID> earlier = idempotency.claim(idempotencyKey, "addStep:" + planId, r, stepId);
        if (earlier.isPresent()) {
            return new Created<>(plans.get(planId), true);
        }
        VisiblePlan v = access.requirePlan(planId, true, Action.CREATE, PlanService.PURPOSE);
        ActionPlan plan = v.plan();
        UUID institution = access.institution();
        access.requireWritable(v.client());
        PlanService.requireOpen(plan);
        boolean lead = plan.leadInstitutionId.equals(institution);
        if (r.byPerson() ? !lead : !institution.equals(r.ownerInstitutionId()) && !lead) {
            throw ProblemException.forbidden("A team institution adds its own steps; only the lead adds steps for others and for the person.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!r.byPerson() && r.ownerInstitutionId() != null && !plan.hasMember(r.ownerInstitutionId())) {
            errors.add(new FieldError("ownerInstitutionId", "not-on-team", "is not on the plan's team"));
        }
        if (r.status() != null && r.status() != StepStatus.PLANNED && r.status() != StepStatus.IN_PROGRESS) {
            errors.add(new FieldError("status", "invalid-transition", "a new step is PLANNED or IN_PROGRESS"));
        }
        Optional<ServiceEntry> service = check(v, r, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        PlanStep step = new PlanStep();
        step.id = stepId;
        step.planId = plan.id;
        step.ownedByPerson = r.byPerson();
        step.ownerInstitutionId = r.byPerson() ? null : r.ownerInstitutionId();
        step.status = r.status() == null ? StepStatus.PLANNED : r.status();
        apply(step, r, service.orElse(null));
        step.needAreas = DiagnosisService.needAreas(r.needs() == null ? List.of() : r.needs(), List.of(), true);
        em.persist(step);
        repository.touch(plan, clock.instant());
        audit.allowed("PLAN_STEP", step.id, plan.clientId, Action.CREATE, PlanService.PURPOSE);
        events.stepAssigned(plan, step);
        return new Created<>(responses.response(plan, v.client(), institution), false);
    }

    /**
     * Only the owning institution edits a step (the lead a step of the person); its version is checked on
     * its own, so partners never overwrite each other.
     */
    @Transactional
    public PlanResponse update(UUID planId, UUID stepId, long expectedVersion, StepRequest r) {
        VisiblePlan v = access.requirePlan(planId, false, Action.UPDATE, PlanService.PURPOSE);
        ActionPlan plan = v.plan();
        UUID institution = access.institution();
        PlanStep step = repository.stepForUpdate(plan.id, stepId)
                .orElseThrow(() -> ProblemException.notFound("This plan has no step with this id."));
        if (!step.responsible(plan).equals(institution)) {
            throw ProblemException.forbidden("Only the institution that owns a step edits it (the lead edits the person's steps).");
        }
        access.requireWritable(v.client());
        Preconditions.requireCurrent(expectedVersion, step.version);
        PlanService.requireOpen(plan);
        List<FieldError> errors = new ArrayList<>();
        if (step.ownedByPerson != r.byPerson() || (!step.ownedByPerson && !step.ownerInstitutionId.equals(r.ownerInstitutionId()))) {
            errors.add(new FieldError(step.ownedByPerson ? "ownedByPerson" : "ownerInstitutionId", "immutable",
                    "cannot change; add a step for the other owner"));
        }
        StepStatus next = r.status() == null ? step.status : r.status();
        if (!step.status.canMoveTo(next)) {
            errors.add(new FieldError("status", "invalid-transition", "a " + step.status + " step cannot become " + next));
        }
        Optional<ServiceEntry> service = check(v, r, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        step.status = next;
        apply(step, r, service.orElse(null));
        step.needAreas = DiagnosisService.needAreas(r.needs(), step.needAreas, access.seesSensitive(v.client(), institution));
        em.flush();
        audit.allowed("PLAN_STEP", step.id, plan.clientId, Action.UPDATE, PlanService.PURPOSE);
        return responses.response(plan, v.client(), institution);
    }

    /**
     * The rules a step's values must meet; adds an error per unmet rule and returns the catalogue entry,
     * if the step names one that exists. A catalogue step is checked against the plan's regime
     * ({@link RegimePolicy}); a free action has no service or offering.
     */
    private Optional<ServiceEntry> check(VisiblePlan v, StepRequest r, List<FieldError> errors) {
        ActionPlan plan = v.plan();
        String code = r.code();
        if (r.byPerson() && r.ownerInstitutionId() != null) {
            errors.add(new FieldError("ownerInstitutionId", "person-or-institution", "must be left out for a step of the person"));
        } else if (!r.byPerson() && r.ownerInstitutionId() == null) {
            errors.add(new FieldError("ownerInstitutionId", "required", "is required unless the step is the person's"));
        }
        if (r.byPerson() && code != null) {
            errors.add(new FieldError("serviceCode", "person-step-free", "a step of the person is a free action: leave the service out"));
        }
        Optional<ServiceEntry> service = code == null ? Optional.empty() : catalogue.service(code);
        if (code != null && service.isEmpty()) {
            errors.add(new FieldError("serviceCode", "invalid-reference", "is not a catalogue entry"));
        }
        if (r.goalId() != null && repository.goals(plan.id).stream().noneMatch(g -> g.id.equals(r.goalId()))) {
            errors.add(new FieldError("goalId", "invalid-reference", "is not a goal of this plan"));
        }
        if (r.offeringId() != null && (code == null || offerings.offering(r.offeringId())
                .filter(o -> o.institutionId().equals(r.ownerInstitutionId()))
                .filter(o -> service.isPresent() && o.serviceCode().equals(service.get().code())).isEmpty())) {
            errors.add(new FieldError("offeringId", "invalid-reference", "is not the owner's offering of this service"));
        }
        boolean datesInOrder = r.plannedEnd() == null || !r.plannedEnd().isBefore(r.plannedStart());
        if (!datesInOrder) {
            errors.add(new FieldError("plannedEnd", "date-order", "must not be before plannedStart"));
        } else if (service.isPresent() && r.plannedEnd() != null) {
            OptionalInt max = service.get().maxDaysWithExtension();
            long days = ChronoUnit.DAYS.between(r.plannedStart(), r.plannedEnd());
            if (max.isPresent() && days > max.getAsInt()) {
                errors.add(new FieldError("plannedEnd", "too-long", "is " + days + " days after plannedStart; "
                        + service.get().code() + " lasts at most " + max.getAsInt() + " days with its extension"));
            }
        }
        if (service.isPresent() && datesInOrder && r.ownerInstitutionId() != null) {
            ServiceEntry entry = service.get();
            ServiceProvision provision = catalogue.provisions(List.of(entry.code())).get(entry.code());
            InstitutionType ownerType = institutions.findRef(r.ownerInstitutionId()).map(InstitutionRef::type).orElse(null);
            RegimePolicy.checkService(plan.regime, entry, provision, ownerType, r.plannedStart(), r.plannedEnd())
                    .forEach(violation -> errors.add(new FieldError(violation.code().equals("not-provided-by-owner-type")
                            ? "ownerInstitutionId" : "serviceCode", violation.code(), violation.message())));
        }
        if (r.actualStart() != null && r.actualEnd() != null && r.actualEnd().isBefore(r.actualStart())) {
            errors.add(new FieldError("actualEnd", "date-order", "must not be before actualStart"));
        }
        if (plan.periodTo != null && r.plannedStart().isAfter(plan.periodTo)) {
            errors.add(new FieldError("plannedStart", "out-of-range", "is after the end of the plan's period"));
        }
        diagnoses.checkNeeds(plan.id, v.client(), r.needs(), "needs", errors);
        return service;
    }

    private static void apply(PlanStep step, StepRequest r, ServiceEntry service) {
        step.goalId = r.goalId();
        step.serviceCode = service == null ? null : service.code();
        step.offeringId = service == null ? null : r.offeringId();
        step.title = r.title().strip();
        step.plannedStart = r.plannedStart();
        step.plannedEnd = r.plannedEnd();
        step.actualStart = r.actualStart();
        step.actualEnd = r.actualEnd();
        step.notes = ClientService.blankToNull(r.notes());
    }
}
