package pl.synergia.shared.persistence;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL advisory locks held by the current transaction: one instance at a time runs a job
 * (the time-based events, the daily digest); an instance that finds the lock taken skips its run.
 * The lock ends with the transaction, whatever happens.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** Takes the transaction-scoped lock {@code key} if no other transaction holds it; false when one does. */
    public static boolean tryForTransaction(EntityManager em, long key) {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
    }
}
