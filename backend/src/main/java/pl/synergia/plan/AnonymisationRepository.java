package pl.synergia.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

/**
 * The statements of retention: which clients are past it, and the anonymisation of one client,
 * in plain SQL so that nothing but the listed columns changes (plan dates and timestamps stay).
 */
@ApplicationScoped
public class AnonymisationRepository {

    @Inject
    Clock clock;

    /** Neutral marker that replaces the names: reads as "anonymised person" in lists. */
    static final String FIRST_NAME_MARKER = "Osoba";
    static final String LAST_NAME_MARKER = "zanonimizowana";
    /** Replaces required free text (titles, goals, attendees, messages, purposes) that may describe the person. */
    static final String TEXT_MARKER = "[usunięto przy anonimizacji]";

    /**
     * A client is past retention when it has at least one plan, every plan is COMPLETED or CLOSED
     * and was finished before the cut-off, no referral of theirs is SENT or ACCEPTED, and it is
     * not anonymised yet.
     */
    private static final String ELIGIBLE = "c.anonymised_at is null "
            + "and exists (select 1 from action_plan p where p.client_id = c.id) "
            + "and not exists (select 1 from action_plan p where p.client_id = c.id "
            + "    and (p.status not in ('COMPLETED', 'CLOSED') or p.closed_at >= :cutoff)) "
            + "and not exists (select 1 from referral r where r.client_id = c.id and r.status in ('SENT', 'ACCEPTED')) "
            // a restriction of processing (GDPR art. 18) keeps the data as it is until it is lifted
            + "and not exists (select 1 from data_subject_request q where q.client_id = c.id and q.kind = 'RESTRICTION' "
            + "    and q.status = 'GRANTED')";

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<UUID> eligible(Instant cutoff) {
        return em.createNativeQuery("select c.id from client c where " + ELIGIBLE + " order by c.id")
                .unwrap(NativeQuery.class).setParameter("cutoff", utc(cutoff)).getResultList();
    }

    /** What anonymising every eligible client would change, without changing it (the dry run). */
    public AnonymisationRunResponse.Counts countEligible(Instant cutoff) {
        Object[] row = (Object[]) em.createNativeQuery("with eligible as (select c.id from client c where " + ELIGIBLE + "), "
                + "plans as (select id from action_plan where client_id in (select id from eligible)) "
                + "select (select count(*) from eligible), (select count(*) from plans), "
                + "(select count(*) from plan_step where plan_id in (select id from plans)), "
                + "(select count(*) from plan_meeting where plan_id in (select id from plans)), "
                + "(select count(*) from plan_outcome where plan_id in (select id from plans)), "
                + "(select count(*) from referral where client_id in (select id from eligible)), "
                + "(select count(*) from data_sharing where client_id in (select id from eligible)), "
                + "(select count(*) from client_sensitive where client_id in (select id from eligible))")
                .unwrap(NativeQuery.class).setParameter("cutoff", utc(cutoff)).getSingleResult();
        return new AnonymisationRunResponse.Counts(i(row[0]), i(row[1]), i(row[2]), i(row[3]), i(row[4]), i(row[5]), i(row[6]),
                i(row[7]));
    }

    /**
     * Anonymises one client if it is still past retention, in the caller's transaction. The row is
     * locked first and the rule checked in a later statement, so a plan or referral committed
     * meanwhile (plan creation holds a share lock on the client) is seen and the client is left alone.
     */
    public AnonymisationRunResponse.Counts anonymise(UUID clientId, Instant cutoff) {
        List<?> locked = em.createNativeQuery("select id from client where id = :id for update")
                .unwrap(NativeQuery.class).setParameter("id", clientId, UUID.class).getResultList();
        if (locked.isEmpty()) {
            return AnonymisationRunResponse.Counts.NONE;
        }
        List<?> still = em.createNativeQuery("select c.id from client c where c.id = :id and " + ELIGIBLE)
                .unwrap(NativeQuery.class).setParameter("id", clientId, UUID.class).setParameter("cutoff", utc(cutoff))
                .getResultList();
        if (still.isEmpty()) {
            return AnonymisationRunResponse.Counts.NONE;
        }
        return scrub(clientId);
    }

    /**
     * Erasure on the person's request (GDPR art. 17), once the data-protection officer found that no
     * statutory duty keeps the data: the same removal as retention, now, in the caller's transaction.
     */
    public AnonymisationRunResponse.Counts erase(UUID clientId) {
        List<?> locked = em.createNativeQuery("select id from client where id = :id and anonymised_at is null for update")
                .unwrap(NativeQuery.class).setParameter("id", clientId, UUID.class).getResultList();
        return locked.isEmpty() ? AnonymisationRunResponse.Counts.NONE : scrub(clientId);
    }

    /** Removes the identity and every free text about the person; what the statistics need stays. */
    private AnonymisationRunResponse.Counts scrub(UUID clientId) {
        String plans = "(select id from action_plan where client_id = :id)";
        int planCount = update("update action_plan set title = :marker, version = version + 1 where client_id = :id", clientId);
        update("update plan_goal set description = :marker where plan_id in " + plans, clientId);
        int steps = update("update plan_step set title = :marker, notes = null, version = version + 1 where plan_id in " + plans, clientId);
        int meetings = update("update plan_meeting set attendees = :marker, notes = null where plan_id in " + plans, clientId);
        int outcomes = em.createNativeQuery("update plan_outcome set notes = null where plan_id in " + plans)
                .unwrap(NativeQuery.class).setParameter("id", clientId, UUID.class).executeUpdate();
        int referrals = update("update referral set message = :marker, "
                + "rejection_reason = case when rejection_reason is null then null else :marker end, version = version + 1 "
                + "where client_id = :id", clientId);
        int sharing = update("update data_sharing set purpose = :marker, statutory_task = null where client_id = :id", clientId);
        int sensitive = em.createNativeQuery("delete from client_sensitive where client_id = :id")
                .unwrap(NativeQuery.class).setParameter("id", clientId, UUID.class).executeUpdate();
        // case work (issue #15): diagnosis notes, follow-up notes, hand-over notes, the rectification history (it holds
        // old names and numbers) and the free text of the person's requests; assessments, statuses and dates stay
        plain("update plan_diagnosis set summary = null where plan_id in " + plans, clientId);
        plain("update diagnosis_area set notes = null where diagnosis_id in (select id from plan_diagnosis where plan_id in "
                + plans + ")", clientId);
        plain("update plan_follow_up set notes = null where plan_id in " + plans, clientId);
        plain("update plan_handover set note = null where plan_id in " + plans, clientId);
        plain("delete from client_change where client_id = :id", clientId);
        update("update data_subject_request set details = null, extension_reason = case when extension_reason is null then null "
                + "else :marker end, decision_reason = case when decision_reason is null then null else :marker end, "
                + "lift_reason = case when lift_reason is null then null else :marker end, version = version + 1 where client_id = :id",
                clientId);
        // The birth date keeps only its year, stored as 1 January (age groups in statistics stay possible).
        em.createNativeQuery("update client set first_name = :first, last_name = :last, pesel = null, phone = null, email = null, "
                + "birth_date = cast(date_trunc('year', birth_date) as date), anonymised_at = :now, updated_at = :now, "
                + "version = version + 1 where id = :id")
                .unwrap(NativeQuery.class).setParameter("id", clientId, UUID.class).setParameter("now", utc(clock.instant()))
                .setParameter("first", FIRST_NAME_MARKER).setParameter("last", LAST_NAME_MARKER).executeUpdate();
        return new AnonymisationRunResponse.Counts(1, planCount, steps, meetings, outcomes, referrals, sharing, sensitive);
    }

    private int plain(String sql, UUID clientId) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).setParameter("id", clientId, UUID.class).executeUpdate();
    }

    private int update(String sql, UUID clientId) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).setParameter("id", clientId, UUID.class)
                .setParameter("marker", TEXT_MARKER).executeUpdate();
    }

    public List<AnonymisationRun> runs(int page, int size) {
        return em.createQuery("select r from AnonymisationRun r order by r.startedAt desc, r.id", AnonymisationRun.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countRuns() {
        return em.createQuery("select count(r) from AnonymisationRun r", Long.class).getSingleResult();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static int i(Object value) {
        return ((Number) value).intValue();
    }
}
