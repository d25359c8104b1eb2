package pl.synergia.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.plan.PlanAccess.VisiblePlan;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.security.Colleagues;
import pl.synergia.shared.security.UserRef;
import pl.synergia.shared.web.PageParams;

/**
 * The caseworkers (referents) each team institution names for a plan, "my cases", the hand-over of
 * a case to a colleague, and a coordinator's reassignment of a leaving caseworker's cases. A
 * colleague is a caseworker of the same institution the platform has seen (docs/adr/0039). Every
 * change is recorded in plan_handover and audited (HAND_OVER).
 */
@ApplicationScoped
public class ReferentService {

    static final String PURPOSE = "CASE_ASSIGNMENT";

    @Inject
    PlanRepository repository;

    @Inject
    PlanAccess access;

    @Inject
    PlanResponses responses;

    @Inject
    Colleagues colleagues;

    @Inject
    InstitutionLookup institutions;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** Staff name themselves; a coordinator names any caseworker of the institution. The institution must be on the team. */
    @Transactional
    public PlanResponse name(UUID planId, ReferentRequest r) {
        VisiblePlan v = access.requirePlan(planId, true, Action.UPDATE, PURPOSE);
        UUID institution = access.institution();
        requireOnTeam(v.plan(), institution);
        access.requireWritable(v.client());
        String subject = r.subject().strip();
        if (!subject.equals(user.subject()) && !access.coordinator()) {
            throw ProblemException.forbidden("A caseworker names themselves; a coordinator names a colleague.");
        }
        UserRef who = colleague(institution, subject, "subject");
        if (repository.referent(planId, subject).isPresent()) {
            throw new ProblemException(409, ProblemType.BLANK, "Conflict", "This caseworker is already a referent of the plan.",
                    List.of(new FieldError("subject", "already-referent", "is already a referent of this plan")));
        }
        Instant now = clock.instant();
        add(planId, institution, who, now);
        record(v.plan().id, v.client().id, institution, PlanHandover.Kind.NAMED, null, who, null, now);
        em.flush();
        return responses.response(v.plan(), v.client(), institution);
    }

    /** The referent hands the case to a colleague, or a coordinator of their institution does it for them. */
    @Transactional
    public PlanResponse handOver(UUID planId, HandoverRequest r) {
        VisiblePlan v = access.requirePlan(planId, true, Action.HAND_OVER, PURPOSE);
        UUID institution = access.institution();
        PlanReferent from = repository.referent(planId, r.fromSubject().strip()).filter(x -> x.institutionId.equals(institution))
                .orElseThrow(() -> ProblemException.unprocessable(List.of(new FieldError("fromSubject", "not-referent",
                        "is not a referent of this plan for your institution"))));
        if (!from.subject.equals(user.subject()) && !access.coordinator()) {
            throw ProblemException.forbidden("Only the referent or a coordinator of their institution hands the case over.");
        }
        access.requireWritable(v.client());
        String to = r.toSubject().strip();
        if (to.equals(from.subject)) {
            throw ProblemException.unprocessable(List.of(new FieldError("toSubject", "same-person", "must be someone else")));
        }
        UserRef colleague = colleague(institution, to, "toSubject");
        Instant now = clock.instant();
        boolean already = repository.referent(planId, colleague.subject()).isPresent();
        em.remove(from);
        em.flush();
        if (!already) {
            add(planId, institution, colleague, now);
        }
        record(v.plan().id, v.client().id, institution, PlanHandover.Kind.HANDOVER, from, colleague, ClientService.blankToNull(r.note()), now);
        em.flush();
        return responses.response(v.plan(), v.client(), institution);
    }

    /**
     * A coordinator moves every case of one caseworker of the institution (e.g. one who left) to a
     * colleague; a case under a restriction of processing stays as it is.
     */
    @Transactional
    public ReassignmentResponse reassign(HandoverRequest r) {
        UUID institution = access.institution();
        if (!access.coordinator()) {
            throw ProblemException.forbidden("Only a coordinator of the institution reassigns cases.");
        }
        String to = r.toSubject().strip();
        String fromSubject = r.fromSubject().strip();
        if (to.equals(fromSubject)) {
            throw ProblemException.unprocessable(List.of(new FieldError("toSubject", "same-person", "must be someone else")));
        }
        UserRef colleague = colleague(institution, to, "toSubject");
        List<PlanReferent> rows = repository.referentRowsOf(fromSubject, institution);
        if (rows.isEmpty()) {
            throw ProblemException.unprocessable(List.of(new FieldError("fromSubject", "no-cases",
                    "has no cases in your institution")));
        }
        Map<UUID, UUID> clientOf = repository.lockPlans(rows.stream().map(x -> x.planId).toList());
        Set<UUID> restricted = repository.restricted(clientOf.values());
        Set<UUID> already = new HashSet<>(repository.referentRowsOf(to, institution).stream().map(x -> x.planId).toList());
        String note = ClientService.blankToNull(r.note());
        Instant now = clock.instant();
        int moved = 0;
        int merged = 0;
        int skipped = 0;
        for (PlanReferent row : rows) {
            UUID client = clientOf.get(row.planId);
            if (restricted.contains(client)) {
                skipped++;
                continue;
            }
            em.remove(row);
            if (already.contains(row.planId)) {
                merged++;
            } else {
                add(row.planId, institution, colleague, now);
                moved++;
            }
            record(row.planId, client, institution, PlanHandover.Kind.REASSIGNMENT, row, colleague, note, now);
        }
        em.flush();
        return new ReassignmentResponse(moved, merged, skipped);
    }

    /** One page of the caller's cases: plans they are a referent of for their institution, by the person's name. */
    @Transactional
    public CasePage mine(PageParams page) {
        UUID institution = access.institution();
        String subject = user.subject();
        long total = repository.countPlansOfReferent(subject, institution);
        List<ActionPlan> plans = repository.plansOfReferent(subject, institution, page.page(), page.size());
        List<UUID> ids = plans.stream().map(p -> p.id).toList();
        Map<UUID, Client> clients = repository.clients(plans.stream().map(p -> p.clientId).toList());
        Set<UUID> restricted = repository.restricted(clients.keySet());
        Map<UUID, PlanReferent> mine = new java.util.HashMap<>();
        repository.referents(ids).stream().filter(x -> x.subject.equals(subject)).forEach(x -> mine.put(x.planId, x));
        Set<UUID> leads = new HashSet<>();
        plans.forEach(p -> leads.add(p.leadInstitutionId));
        Map<UUID, InstitutionRef> refs = institutions.findRefs(leads);
        plans.forEach(p -> audit.allowed("PLAN", p.id, p.clientId, Action.LIST, PURPOSE));
        return new CasePage(plans.stream().map(p -> new CaseSummary(p.id, p.title, p.status, PlanResponses.client(clients.get(p.clientId)),
                refs.get(p.leadInstitutionId), p.periodFrom, p.periodTo, mine.get(p.id).since, restricted.contains(p.clientId))).toList(),
                page.page(), page.size(), total, page.totalPages(total));
    }

    private static void requireOnTeam(ActionPlan plan, UUID institution) {
        if (!plan.hasMember(institution)) {
            throw ProblemException.forbidden("Only a team institution names referents for the plan.");
        }
    }

    private UserRef colleague(UUID institution, String subject, String field) {
        return colleagues.caseworker(institution, subject).orElseThrow(() -> ProblemException.unprocessable(List.of(new FieldError(
                field, "not-a-colleague", "is not a caseworker of your institution who has signed in to the platform"))));
    }

    private void add(UUID planId, UUID institution, UserRef who, Instant now) {
        PlanReferent referent = new PlanReferent();
        referent.planId = planId;
        referent.subject = who.subject();
        referent.institutionId = institution;
        referent.displayName = who.displayName();
        referent.since = now;
        referent.assignedByName = user.displayName();
        em.persist(referent);
    }

    private void record(UUID planId, UUID clientId, UUID institution, PlanHandover.Kind kind, PlanReferent from, UserRef to, String note,
            Instant now) {
        PlanHandover h = new PlanHandover();
        h.id = UUID.randomUUID();
        h.planId = planId;
        h.institutionId = institution;
        h.kind = kind;
        h.fromSubject = from == null ? null : from.subject;
        h.fromName = from == null ? null : from.displayName;
        h.toSubject = to.subject();
        h.toName = to.displayName();
        h.note = note;
        h.bySubject = user.subject();
        h.byName = user.displayName();
        h.handedAt = now;
        em.persist(h);
        audit.allowed("PLAN_REFERENT", h.id, clientId, kind == PlanHandover.Kind.NAMED ? Action.UPDATE : Action.HAND_OVER, PURPOSE);
    }
}
