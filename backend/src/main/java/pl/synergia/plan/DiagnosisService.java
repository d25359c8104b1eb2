package pl.synergia.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.plan.PlanAccess.VisiblePlan;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.CurrentUser;

/**
 * The socio-professional diagnosis of a plan's person, made by a team institution: a new diagnosis
 * stands beside the earlier ones (the latest is current). Special-category areas (health, housing,
 * finances) are written only by an institution that may see special-category data of the person.
 */
@ApplicationScoped
public class DiagnosisService {

    /** A diagnosis is valid this many months unless said otherwise (as les-emplois' eligibility diagnosis). */
    static final int DEFAULT_VALIDITY_MONTHS = 6;

    @Inject
    PlanRepository repository;

    @Inject
    PlanAccess access;

    @Inject
    PlanResponses responses;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Transactional
    public PlanResponse record(UUID planId, DiagnosisRequest r) {
        VisiblePlan v = access.requirePlan(planId, true, Action.CREATE, PlanService.PURPOSE);
        ActionPlan plan = v.plan();
        UUID institution = access.institution();
        if (!plan.hasMember(institution)) {
            throw ProblemException.forbidden("Only a team institution records a diagnosis.");
        }
        access.requireWritable(v.client());
        PlanService.requireOpen(plan);
        boolean special = access.seesSensitive(v.client(), institution);
        List<FieldError> errors = new ArrayList<>();
        java.time.LocalDate validUntil = r.validUntil() != null ? r.validUntil() : r.madeOn().plusMonths(DEFAULT_VALIDITY_MONTHS);
        if (validUntil.isBefore(r.madeOn())) {
            errors.add(new FieldError("validUntil", "date-order", "must not be before madeOn"));
        }
        Set<DiagnosisArea> seen = EnumSet.noneOf(DiagnosisArea.class);
        for (int i = 0; i < r.areas().size(); i++) {
            DiagnosisRequest.Area a = r.areas().get(i);
            if (!seen.add(a.area())) {
                errors.add(new FieldError("areas[" + i + "].area", "duplicate", "is assessed twice"));
            } else if (a.area().specialCategory() && !special
                    && (a.assessment() != Assessment.NOT_EXPLORED || ClientService.blankToNull(a.notes()) != null)) {
                errors.add(new FieldError("areas[" + i + "].area", "no-article-9-basis",
                        "is a special-category area; your institution has no article 9 basis for this person"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        PlanDiagnosis d = new PlanDiagnosis();
        d.id = UUID.randomUUID();
        d.planId = plan.id;
        d.institutionId = institution;
        d.madeOn = r.madeOn();
        d.validUntil = validUntil;
        d.summary = ClientService.blankToNull(r.summary());
        d.madeBySubject = user.subject();
        d.madeByName = user.displayName();
        d.recordedAt = clock.instant();
        for (DiagnosisArea area : DiagnosisArea.values()) {
            DiagnosisRequest.Area given = r.areas().stream().filter(a -> a.area() == area).findFirst().orElse(null);
            d.areas.add(given == null ? new PlanDiagnosis.Entry(area, Assessment.NOT_EXPLORED, null)
                    : new PlanDiagnosis.Entry(area, given.assessment(), ClientService.blankToNull(given.notes())));
        }
        em.persist(d);
        repository.touch(plan, clock.instant());
        audit.allowed("PLAN_DIAGNOSIS", d.id, plan.clientId, Action.CREATE, PlanService.PURPOSE);
        return responses.response(plan, v.client(), institution);
    }

    /**
     * Needs must be areas the plan's latest diagnosis marks NEED; a special-category area only from an
     * institution that may see it.
     */
    void checkNeeds(UUID planId, Client client, List<DiagnosisArea> needs, String field, List<FieldError> errors) {
        if (needs == null || needs.isEmpty()) {
            return;
        }
        Set<DiagnosisArea> marked = currentNeeds(planId);
        boolean special = access.seesSensitive(client, access.institution());
        for (int i = 0; i < needs.size(); i++) {
            DiagnosisArea area = needs.get(i);
            if (area.specialCategory() && !special) {
                errors.add(new FieldError(field + "[" + i + "]", "no-article-9-basis",
                        "is a special-category area; your institution has no article 9 basis for this person"));
            } else if (!marked.contains(area)) {
                errors.add(new FieldError(field + "[" + i + "]", "not-a-need", "is not marked as a need in the plan's latest diagnosis"));
            }
        }
    }

    /** The needs asked for (null: as they were); special-category needs the caller may not see stay as they were. */
    static List<String> needAreas(List<DiagnosisArea> wanted, List<String> before, boolean special) {
        if (wanted == null) {
            return before;
        }
        java.util.SortedSet<DiagnosisArea> areas = new java.util.TreeSet<>(wanted == null ? List.of() : wanted);
        if (!special) {
            before.stream().map(DiagnosisArea::valueOf).filter(DiagnosisArea::specialCategory).forEach(areas::add);
        }
        return new ArrayList<>(areas.stream().map(Enum::name).toList());
    }

    /** The areas the plan's latest diagnosis marks NEED (none without a diagnosis). */
    Set<DiagnosisArea> currentNeeds(UUID planId) {
        Set<DiagnosisArea> needs = EnumSet.noneOf(DiagnosisArea.class);
        repository.diagnoses(List.of(planId)).stream().findFirst().ifPresent(d -> d.areas.stream()
                .filter(e -> e.assessment == Assessment.NEED).forEach(e -> needs.add(e.area)));
        return needs;
    }
}
