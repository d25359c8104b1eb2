package pl.synergia.shared.jobs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Makes a scheduled job run once per scheduled time when several instances fire it: the first to
 * claim (job, time) in the database runs it, the others skip. Every instance computes the same
 * scheduled time from the same cron expression, so the claim is decided by the primary key, not by
 * clocks or by which instance happens to be faster.
 */
@ApplicationScoped
public class JobClaims {

    @Inject
    EntityManager em;

    /** True for exactly one caller per (job, scheduled time), whatever the number of instances. */
    public boolean claim(String job, Instant scheduledFor) {
        Instant slot = scheduledFor.truncatedTo(ChronoUnit.SECONDS);
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "insert into scheduled_job_run (job, scheduled_for, instance) values (?1, ?2, ?3) on conflict do nothing")
                .unwrap(NativeQuery.class)
                .setParameter(1, job)
                .setParameter(2, slot, Instant.class)
                .setParameter(3, Instance.NAME)
                .executeUpdate() == 1);
    }
}
