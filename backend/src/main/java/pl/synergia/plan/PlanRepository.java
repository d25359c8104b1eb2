package pl.synergia.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import pl.synergia.shared.time.PolishTime;
import pl.synergia.shared.web.SyncCursor;

/** Queries of the plan context: clients, their sharing records, plans and what hangs off them. */
@ApplicationScoped
public class PlanRepository {

    @Inject
    EntityManager em;

    public Optional<Client> client(UUID id) {
        return Optional.ofNullable(em.find(Client.class, id));
    }

    public Optional<Client> clientForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Client.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The clients with these ids, in one query. */
    public Map<UUID, Client> clients(Collection<UUID> ids) {
        Map<UUID, Client> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c from Client c where c.id in :ids", Client.class).setParameter("ids", new HashSet<>(ids))
                    .getResultStream().forEach(c -> found.put(c.id, c));
        }
        return found;
    }

    public Optional<Client> clientByPesel(String pesel) {
        return em.createQuery("select c from Client c where c.pesel = :pesel", Client.class).setParameter("pesel", pesel)
                .getResultStream().findFirst();
    }

    /**
     * Holds a share lock on the client row until the transaction ends, so that anonymisation (which
     * locks the row for update, then checks the rules) waits for a new plan or sharing record to be
     * committed and sees it, and a write that waited sees the client already anonymised.
     */
    public void lockClientAgainstAnonymisation(UUID clientId) {
        em.createNativeQuery("select id from client where id = :id for share").unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter("id", clientId, UUID.class).getResultList();
    }

    public Optional<ClientSensitive> sensitive(UUID clientId) {
        return Optional.ofNullable(em.find(ClientSensitive.class, clientId));
    }

    /** Whether the institution has an active (not withdrawn) legal basis to see the client's data, and with sensitive data. */
    public List<DataSharing> activeSharing(UUID clientId, UUID institutionId) {
        return em.createQuery("select s from DataSharing s where s.clientId = :client and s.institutionId = :institution "
                + "and s.withdrawnAt is null", DataSharing.class)
                .setParameter("client", clientId).setParameter("institution", institutionId).getResultList();
    }

    /** The institutions with an active legal basis to see the client's data. */
    public Set<UUID> institutionsSharing(UUID clientId) {
        return new HashSet<>(em.createQuery("select distinct s.institutionId from DataSharing s where s.clientId = :client "
                + "and s.withdrawnAt is null", UUID.class).setParameter("client", clientId).getResultList());
    }

    /** Of these clients, those the institution has an active legal basis to see, in one query. */
    public Set<UUID> clientsSharedWith(UUID institutionId, Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct s.clientId from DataSharing s where s.institutionId = :institution "
                + "and s.clientId in :clients and s.withdrawnAt is null", UUID.class)
                .setParameter("institution", institutionId).setParameter("clients", new HashSet<>(clientIds)).getResultList());
    }

    public List<DataSharing> sharing(UUID clientId) {
        return em.createQuery("select s from DataSharing s where s.clientId = :client order by s.recordedAt desc, s.id",
                DataSharing.class).setParameter("client", clientId).getResultList();
    }

    public Optional<DataSharing> sharingRecord(UUID clientId, UUID id) {
        return Optional.ofNullable(em.find(DataSharing.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(s -> s.clientId.equals(clientId));
    }

    public List<ActionPlan> plansOfClient(UUID clientId) {
        return em.createQuery("select distinct p from ActionPlan p where p.clientId = :client order by p.periodFrom desc, p.id",
                ActionPlan.class).setParameter("client", clientId).getResultList();
    }

    /** Whether the institution has an accepted (open) referral for this plan, or any plan of the client when planId is null. */
    public boolean hasOpenReferral(UUID clientId, UUID planId, UUID institutionId) {
        var query = em.createQuery("select count(r) from Referral r where r.clientId = :client "
                + "and r.toInstitutionId = :institution and r.status = pl.synergia.plan.Referral.Status.ACCEPTED"
                + (planId == null ? "" : " and r.planId = :plan"), Long.class)
                .setParameter("client", clientId).setParameter("institution", institutionId);
        if (planId != null) {
            query.setParameter("plan", planId);
        }
        return query.getSingleResult() > 0;
    }

    /** One page of the institution's inbox (incoming) or outbox, in the given statuses (all when empty), newest first. */
    public List<Referral> referrals(UUID institutionId, boolean incoming, Set<Referral.Status> statuses, int page, int size) {
        var query = em.createQuery("select r from Referral r where " + boxCondition(incoming, statuses)
                + " order by r.sentAt desc, r.id desc", Referral.class);
        boxParameters(query, institutionId, statuses);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countReferrals(UUID institutionId, boolean incoming, Set<Referral.Status> statuses) {
        var query = em.createQuery("select count(r) from Referral r where " + boxCondition(incoming, statuses), Long.class);
        boxParameters(query, institutionId, statuses);
        return query.getSingleResult();
    }

    /** The box's referrals changed after the cursor and before the horizon, oldest change first. */
    public List<Referral> referralChanges(UUID institutionId, boolean incoming, Set<Referral.Status> statuses, SyncCursor after,
            java.time.Instant horizon, int size) {
        var query = em.createQuery("select r from Referral r where " + boxCondition(incoming, statuses) + CHANGED
                + " order by r.updatedAt, r.id", Referral.class);
        boxParameters(query, institutionId, statuses);
        changeParameters(query, after, horizon);
        return query.setMaxResults(size).getResultList();
    }

    public long countReferralChanges(UUID institutionId, boolean incoming, Set<Referral.Status> statuses, SyncCursor after,
            java.time.Instant horizon) {
        var query = em.createQuery("select count(r) from Referral r where " + boxCondition(incoming, statuses) + CHANGED,
                Long.class);
        boxParameters(query, institutionId, statuses);
        changeParameters(query, after, horizon);
        return query.getSingleResult();
    }

    private static final String CHANGED = " and (r.updatedAt, r.id) > (:syncAt, :syncId) and r.updatedAt < :horizon";

    private static void changeParameters(jakarta.persistence.TypedQuery<?> query, SyncCursor after, java.time.Instant horizon) {
        query.setParameter("syncAt", after.updatedAt()).setParameter("syncId", after.id()).setParameter("horizon", horizon);
    }

    /** Of those, the referrals still SENT whose answer-by date is before the given day. */
    public long countOverdueReferrals(UUID institutionId, boolean incoming, Set<Referral.Status> statuses, java.time.LocalDate today) {
        var query = em.createQuery("select count(r) from Referral r where " + boxCondition(incoming, statuses)
                + " and r.status = pl.synergia.plan.Referral.Status.SENT and r.responseDue < :today", Long.class);
        boxParameters(query, institutionId, statuses);
        return query.setParameter("today", today).getSingleResult();
    }

    private static String boxCondition(boolean incoming, Set<Referral.Status> statuses) {
        return (incoming ? "r.toInstitutionId" : "r.fromInstitutionId") + " = :institution"
                + (statuses.isEmpty() ? "" : " and r.status in :statuses");
    }

    private static void boxParameters(jakarta.persistence.TypedQuery<?> query, UUID institutionId, Set<Referral.Status> statuses) {
        query.setParameter("institution", institutionId);
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses);
        }
    }

    /** Referrals to the institution still SENT (awaiting its answer) whose answer-by date is on or before the given day. */
    public List<Referral> referralsAwaitingAnswer(UUID institutionId, java.time.LocalDate dueBy) {
        return em.createQuery("select r from Referral r where r.toInstitutionId = :institution "
                + "and r.status = pl.synergia.plan.Referral.Status.SENT and r.responseDue <= :dueBy order by r.responseDue, r.id",
                Referral.class).setParameter("institution", institutionId).setParameter("dueBy", dueBy).getResultList();
    }

    public List<Referral> referralsOfPlan(UUID planId) {
        return em.createQuery("select r from Referral r where r.planId = :plan order by r.sentAt, r.id", Referral.class)
                .setParameter("plan", planId).getResultList();
    }

    /** Every referral of one plan, newest first. */
    public List<Referral> referralsOfPlanNewestFirst(UUID planId) {
        return em.createQuery("select r from Referral r where r.planId = :plan order by r.sentAt desc, r.id desc", Referral.class)
                .setParameter("plan", planId).getResultList();
    }

    public Optional<Referral> referral(UUID id) {
        return Optional.ofNullable(em.find(Referral.class, id));
    }

    public Optional<Referral> referralForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<ActionPlan> plan(UUID id) {
        return Optional.ofNullable(em.find(ActionPlan.class, id));
    }

    /** Locks these plans for update in a fixed order (no deadlock between two bulk changes); answers each plan's client. */
    public Map<UUID, UUID> lockPlans(Collection<UUID> ids) {
        Map<UUID, UUID> clients = new java.util.LinkedHashMap<>();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, client_id from action_plan where id = any(cast(?1 as uuid[])) "
                    + "order by id for update").unwrap(org.hibernate.query.NativeQuery.class)
                    .setParameter(1, ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                    .getResultList();
            rows.forEach(r -> clients.put((UUID) r[0], (UUID) r[1]));
        }
        return clients;
    }

    public Optional<ActionPlan> planForUpdate(UUID id) {
        return Optional.ofNullable(em.find(ActionPlan.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * One page of an institution's caseload (clients it registered, those of plans it is on the team
     * of, or accepted a referral for, while it has an active legal basis for them), as the query asks.
     * From the maintained caseload table (V83, V131): a range of one of its indexes, then the page's
     * clients by key.
     */
    public List<ClientSummary> caseload(UUID institutionId, CaseloadQuery query, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String order = switch (query.sort()) {
            case NAME -> "k.last_name, k.first_name, k.client_id";
            case NAME_DESC -> "k.last_name desc, k.first_name desc, k.client_id desc";
            case NEXT_DUE -> "k.next_due nulls last, k.last_name, k.first_name, k.client_id";
            case NEXT_DUE_DESC -> "k.next_due desc nulls last, k.last_name, k.first_name, k.client_id";
        };
        var native_ = em.createNativeQuery("select c.id, c.first_name, c.last_name, c.birth_date, c.gmina_teryt, k.plan_status, k.next_due "
                + "from caseload k join client c on c.id = k.client_id where " + caseloadWhere(institutionId, query, params)
                + " order by " + order + " limit :limit offset :offset");
        params.forEach(native_::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = native_.setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        return rows.stream().map(r -> new ClientSummary((UUID) r[0], (String) r[1], (String) r[2], localDate(r[3]), (String) r[4], false,
                r[5] == null ? null : PlanStatus.valueOf((String) r[5]), localDate(r[6]))).toList();
    }

    /** How many entries the query finds, counted up to {@link CaseloadQuery#CAP} + 1 (an index range, never the whole caseload). */
    public long countCaseload(UUID institutionId, CaseloadQuery query) {
        Map<String, Object> params = new HashMap<>();
        var native_ = em.createNativeQuery("select count(*) from (select 1 from caseload k where "
                + caseloadWhere(institutionId, query, params) + " limit :cap) x");
        params.forEach(native_::setParameter);
        return ((Number) native_.setParameter("cap", CaseloadQuery.CAP + 1).getSingleResult()).longValue();
    }

    private static String caseloadWhere(UUID institutionId, CaseloadQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("k.institution_id = :institution");
        params.put("institution", institutionId);
        for (int i = 0; i < query.words().size(); i++) {
            // the folded names through caseload_name_idx (trigrams, V131); each word folded once, not per row
            where.append(" and k.search_name like (select '%' || synergia_fold(:w").append(i)
                    .append(") || '%') escape '\\'");
            params.put("w" + i, CaseloadQuery.likeLiteral(query.words().get(i)));
        }
        if (query.pesel() != null) {
            where.append(" and k.client_id in (select p.id from client p where p.pesel = :pesel)");
            params.put("pesel", query.pesel());
        }
        if (!query.planStatus().isEmpty()) {
            List<String> statuses = query.planStatus().stream().filter(s -> s != CaseloadPlanFilter.NONE).map(Enum::name).toList();
            List<String> alternatives = new ArrayList<>();
            if (!statuses.isEmpty()) {
                alternatives.add("k.plan_status in (:statuses)");
                params.put("statuses", statuses);
            }
            if (query.planStatus().contains(CaseloadPlanFilter.NONE)) {
                alternatives.add("k.plan_status is null");
            }
            where.append(" and (").append(String.join(" or ", alternatives)).append(")");
        }
        return where.toString();
    }

    private static java.time.LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    /** The goals of these plans, plan by plan in the order {@link #goals(UUID)} gives. */
    public List<PlanGoal> goals(Collection<UUID> planIds) {
        return planIds.isEmpty() ? List.of() : em.createQuery("select g from PlanGoal g where g.planId in :plans "
                + "order by g.planId, g.position, g.id", PlanGoal.class).setParameter("plans", planIds).getResultList();
    }

    /** The steps of these plans, plan by plan in the order {@link #steps(UUID)} gives. */
    public List<PlanStep> steps(Collection<UUID> planIds) {
        return planIds.isEmpty() ? List.of() : em.createQuery("select s from PlanStep s where s.planId in :plans "
                + "order by s.planId, s.plannedStart, s.createdAt, s.id", PlanStep.class).setParameter("plans", planIds).getResultList();
    }

    /** The meetings of these plans, plan by plan in the order {@link #meetings(UUID)} gives. */
    public List<PlanMeeting> meetings(Collection<UUID> planIds) {
        return planIds.isEmpty() ? List.of() : em.createQuery("select m from PlanMeeting m where m.planId in :plans "
                + "order by m.planId, m.heldOn desc, m.recordedAt desc", PlanMeeting.class).setParameter("plans", planIds)
                .getResultList();
    }

    /** The outcomes of these plans, plan by plan in the order {@link #outcomes(UUID)} gives. */
    public List<PlanOutcome> outcomes(Collection<UUID> planIds) {
        return planIds.isEmpty() ? List.of() : em.createQuery("select o from PlanOutcome o where o.planId in :plans "
                + "order by o.planId, o.occurredOn, o.recordedAt", PlanOutcome.class).setParameter("plans", planIds).getResultList();
    }

    /** Goals, steps, meetings and outcomes are part of the plan: a change to any gives the plan a new version. */
    public void touch(ActionPlan plan, Instant now) {
        plan.updatedAt = now;
        em.flush();
    }

    public List<PlanGoal> goals(UUID planId) {
        return em.createQuery("select g from PlanGoal g where g.planId = :plan order by g.position, g.id", PlanGoal.class)
                .setParameter("plan", planId).getResultList();
    }

    public List<PlanStep> steps(UUID planId) {
        return em.createQuery("select s from PlanStep s where s.planId = :plan order by s.plannedStart, s.createdAt, s.id",
                PlanStep.class).setParameter("plan", planId).getResultList();
    }

    public Optional<PlanStep> stepForUpdate(UUID planId, UUID stepId) {
        return Optional.ofNullable(em.find(PlanStep.class, stepId, LockModeType.PESSIMISTIC_WRITE))
                .filter(s -> s.planId.equals(planId));
    }

    public List<PlanMeeting> meetings(UUID planId) {
        return em.createQuery("select m from PlanMeeting m where m.planId = :plan order by m.heldOn desc, m.recordedAt desc",
                PlanMeeting.class).setParameter("plan", planId).getResultList();
    }

    public List<PlanOutcome> outcomes(UUID planId) {
        return em.createQuery("select o from PlanOutcome o where o.planId = :plan order by o.occurredOn, o.recordedAt",
                PlanOutcome.class).setParameter("plan", planId).getResultList();
    }

    /**
     * One slice of every active plan, with its team, in id order after {@code after} (null: from the
     * start): the time-based events walk all active plans a slice at a time. Two statements: the ids,
     * then the plans with their teams.
     */
    public List<ActionPlan> activePlansAfter(UUID after, int limit) {
        var query = em.createQuery("select p.id from ActionPlan p where p.status = pl.synergia.plan.PlanStatus.ACTIVE "
                + (after == null ? "" : "and p.id > :after ") + "order by p.id", UUID.class).setMaxResults(limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        List<UUID> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct p from ActionPlan p left join fetch p.team where p.id in :ids order by p.id",
                ActionPlan.class).setParameter("ids", ids).getResultList();
    }

    /** Referrals still SENT whose answer-by date is before {@code today}. */
    public List<Referral> referralsOverdue(java.time.LocalDate today) {
        return em.createQuery("select r from Referral r where r.status = pl.synergia.plan.Referral.Status.SENT "
                + "and r.responseDue < :today order by r.responseDue, r.id", Referral.class).setParameter("today", today).getResultList();
    }

    /** Active plans the institution is on the team of, with their whole team, for its list of due items. */
    public List<ActionPlan> activePlansOf(UUID institutionId) {
        return em.createQuery("select distinct p from ActionPlan p left join fetch p.team where p.status = pl.synergia.plan.PlanStatus.ACTIVE "
                + "and exists (select 1 from ActionPlan q join q.team m where q.id = p.id and m.institutionId = :institution) "
                + "order by p.id", ActionPlan.class)
                .setParameter("institution", institutionId).getResultList();
    }

    // --- diagnosis, referents, follow-ups (issue #15) ---------------------------------------------

    /** The diagnoses of these plans with their areas, newest first within each plan. */
    public List<PlanDiagnosis> diagnoses(Collection<UUID> planIds) {
        return planIds.isEmpty() ? List.of() : em.createQuery("select distinct d from PlanDiagnosis d left join fetch d.areas "
                + "where d.planId in :plans order by d.planId, d.madeOn desc, d.recordedAt desc", PlanDiagnosis.class)
                .setParameter("plans", planIds).getResultList();
    }

    /** The referents of these plans, by institution then since when. */
    public List<PlanReferent> referents(Collection<UUID> planIds) {
        return planIds.isEmpty() ? List.of() : em.createQuery("select r from PlanReferent r where r.planId in :plans "
                + "order by r.planId, r.institutionId, r.since, r.subject", PlanReferent.class)
                .setParameter("plans", planIds).getResultList();
    }

    public Optional<PlanReferent> referent(UUID planId, String subject) {
        return Optional.ofNullable(em.find(PlanReferent.class, new PlanReferent.Key(planId, subject)));
    }

    /** The referent rows of one caseworker in one institution, plans locked in a fixed order (a coordinator's reassignment). */
    public List<PlanReferent> referentRowsOf(String subject, UUID institutionId) {
        return em.createQuery("select r from PlanReferent r where r.subject = :subject and r.institutionId = :institution "
                + "order by r.planId", PlanReferent.class).setParameter("subject", subject).setParameter("institution", institutionId)
                .getResultList();
    }

    /** The hand-overs of these plans, newest first. */
    public List<PlanHandover> handovers(Collection<UUID> planIds) {
        return planIds.isEmpty() ? List.of() : em.createQuery("select h from PlanHandover h where h.planId in :plans "
                + "order by h.planId, h.handedAt desc, h.id", PlanHandover.class).setParameter("plans", planIds).getResultList();
    }

    /** The follow-ups of these plans, in checkpoint order. */
    public List<FollowUp> followUps(Collection<UUID> planIds) {
        return planIds.isEmpty() ? List.of() : em.createQuery("select f from FollowUp f where f.planId in :plans "
                + "order by f.planId, f.checkpoint", FollowUp.class).setParameter("plans", planIds).getResultList();
    }

    /**
     * The plans one caseworker of one institution is a referent of, visible to that institution (it
     * registered the person or has an active legal basis), the person not anonymised; one page, by the
     * person's name.
     */
    public List<ActionPlan> plansOfReferent(String subject, UUID institutionId, int page, int size) {
        List<UUID> ids = em.createQuery("select p.id from ActionPlan p, Client c where c.id = p.clientId and " + MINE
                + " order by c.lastName, c.firstName, p.periodFrom desc, p.id", UUID.class)
                .setParameter("subject", subject).setParameter("institution", institutionId)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, ActionPlan> plans = new HashMap<>();
        em.createQuery("select distinct p from ActionPlan p left join fetch p.team where p.id in :ids", ActionPlan.class)
                .setParameter("ids", ids).getResultStream().forEach(p -> plans.put(p.id, p));
        return ids.stream().map(plans::get).toList();
    }

    public long countPlansOfReferent(String subject, UUID institutionId) {
        return em.createQuery("select count(p) from ActionPlan p, Client c where c.id = p.clientId and " + MINE, Long.class)
                .setParameter("subject", subject).setParameter("institution", institutionId).getSingleResult();
    }

    private static final String MINE = "exists (select 1 from PlanReferent r where r.planId = p.id and r.subject = :subject "
            + "and r.institutionId = :institution) and c.anonymisedAt is null and (c.registeredBy = :institution "
            + "or exists (select 1 from DataSharing s where s.clientId = c.id and s.institutionId = :institution and s.withdrawnAt is null))";

    /**
     * Finished plans the institution leads, finished on or after {@code since} (Warsaw day), with their
     * clients' ids: whose follow-ups may be due.
     */
    public List<ActionPlan> finishedPlansLedBy(UUID institutionId, Instant since) {
        return em.createQuery("select distinct p from ActionPlan p left join fetch p.team where p.leadInstitutionId = :institution "
                + "and p.closedAt is not null and p.closedAt >= :since order by p.id", ActionPlan.class)
                .setParameter("institution", institutionId).setParameter("since", since).getResultList();
    }

    // --- rectification and data-subject requests (issue #15) --------------------------------------

    public List<ClientChange> clientChanges(UUID clientId) {
        return em.createQuery("select c from ClientChange c where c.clientId = :client order by c.changedAt desc, c.id",
                ClientChange.class).setParameter("client", clientId).getResultList();
    }

    /** Whether a restriction of processing (GDPR art. 18) is in force for the client. */
    public boolean restricted(UUID clientId) {
        return em.createQuery("select count(r) from DataSubjectRequest r where r.clientId = :client "
                + "and r.kind = pl.synergia.plan.DataSubjectRequest.Kind.RESTRICTION "
                + "and r.status = pl.synergia.plan.DataSubjectRequest.Status.GRANTED", Long.class)
                .setParameter("client", clientId).getSingleResult() > 0;
    }

    /** Of these clients, those under a restriction in force, in one query. */
    public Set<UUID> restricted(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct r.clientId from DataSubjectRequest r where r.clientId in :clients "
                + "and r.kind = pl.synergia.plan.DataSubjectRequest.Kind.RESTRICTION "
                + "and r.status = pl.synergia.plan.DataSubjectRequest.Status.GRANTED", UUID.class)
                .setParameter("clients", new HashSet<>(clientIds)).getResultList());
    }

    public List<DataSubjectRequest> requestsOfClient(UUID clientId) {
        return em.createQuery("select r from DataSubjectRequest r where r.clientId = :client order by r.receivedOn desc, r.id",
                DataSubjectRequest.class).setParameter("client", clientId).getResultList();
    }

    /** One page of an institution's register, newest first; only open ones when asked. */
    public List<DataSubjectRequest> requestsOf(UUID institutionId, boolean openOnly, int page, int size) {
        return em.createQuery("select r from DataSubjectRequest r where r.institutionId = :institution"
                + (openOnly ? " and r.status = pl.synergia.plan.DataSubjectRequest.Status.OPEN" : "")
                + " order by r.receivedOn desc, r.recordedAt desc, r.id", DataSubjectRequest.class)
                .setParameter("institution", institutionId).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countRequestsOf(UUID institutionId, boolean openOnly) {
        return em.createQuery("select count(r) from DataSubjectRequest r where r.institutionId = :institution"
                + (openOnly ? " and r.status = pl.synergia.plan.DataSubjectRequest.Status.OPEN" : ""), Long.class)
                .setParameter("institution", institutionId).getSingleResult();
    }

    public Optional<DataSubjectRequest> requestForUpdate(UUID id) {
        return Optional.ofNullable(em.find(DataSubjectRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Clients whose folded last name (and first name, when given) and birth date match, at most 50. */
    public List<Client> clientsByName(String lastName, String firstName, java.time.LocalDate birthDate) {
        var query = em.createQuery("select c from Client c where c.anonymisedAt is null and c.birthDate = :birth "
                + "and function('synergia_fold', c.lastName) = function('synergia_fold', :last)"
                + (firstName == null ? "" : " and function('synergia_fold', c.firstName) = function('synergia_fold', :first)")
                + " order by c.lastName, c.firstName, c.id", Client.class)
                .setParameter("birth", birthDate).setParameter("last", lastName);
        if (firstName != null) {
            query.setParameter("first", firstName);
        }
        return query.setMaxResults(50).getResultList();
    }

    /** Of these clients, those the institution registered or is on a plan's team of, in one query. */
    public Set<UUID> clientsServedBy(UUID institutionId, Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.id from Client c where c.id in :clients and (c.registeredBy = :institution "
                + "or exists (select 1 from ActionPlan p join p.team m where p.clientId = c.id and m.institutionId = :institution))",
                UUID.class).setParameter("clients", new HashSet<>(clientIds)).setParameter("institution", institutionId).getResultList());
    }

    /** Whether the client has a referral still SENT or ACCEPTED. */
    public boolean hasOpenReferrals(UUID clientId) {
        return em.createQuery("select count(r) from Referral r where r.clientId = :client "
                + "and r.status in (pl.synergia.plan.Referral.Status.SENT, pl.synergia.plan.Referral.Status.ACCEPTED)", Long.class)
                .setParameter("client", clientId).getSingleResult() > 0;
    }

    public List<AccessEntry> accessLog(UUID clientId) {
        List<Object[]> rows = em.createNativeQuery("select occurred_at, subject_name, institution_id, record_type, record_id, "
                + "action, purpose, outcome from audit_log where client_id = ?1 order by occurred_at desc, id desc limit 500")
                .unwrap(org.hibernate.query.NativeQuery.class).setParameter(1, clientId, UUID.class).getResultList();
        return rows.stream().map(r -> new AccessEntry(toInstant(r[0]), (String) r[1], (UUID) r[2], (String) r[3], (UUID) r[4],
                (String) r[5], (String) r[6], (String) r[7])).toList();
    }

    /**
     * The institutions that accessed a client's data, per action and day (Warsaw time), from the
     * allowed rows of the audit log: the recipients of GDPR art. 15(1)(c). Refused attempts
     * disclosed nothing and are left out; so are rows of no institution (the platform's own jobs).
     */
    public List<InstitutionAccess> accessesByInstitution(UUID clientId) {
        List<Object[]> rows = em.createNativeQuery("select institution_id, action, "
                + "cast(occurred_at at time zone ?2 as date) as day, count(*) from audit_log "
                + "where client_id = ?1 and outcome = 'ALLOWED' and institution_id is not null "
                + "group by institution_id, action, day order by day, institution_id, action")
                .unwrap(org.hibernate.query.NativeQuery.class).setParameter(1, clientId, UUID.class)
                .setParameter(2, PolishTime.ZONE_ID).getResultList();
        return rows.stream().map(r -> new InstitutionAccess((UUID) r[0], (String) r[1], toLocalDate(r[2]),
                ((Number) r[3]).longValue())).toList();
    }

    public record InstitutionAccess(UUID institutionId, String action, java.time.LocalDate date, long count) {
    }

    private static java.time.LocalDate toLocalDate(Object value) {
        if (value instanceof java.time.LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("unexpected date type " + value.getClass());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    public record AccessEntry(Instant occurredAt, String who, UUID institutionId, String recordType, UUID recordId,
            String action, String purpose, String outcome) {
    }
}
