package pl.synergia.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import pl.synergia.shared.time.PolishTime;

/**
 * Keeps the monthly partitions of audit_log created ahead (V81): at start and every day, the
 * current month and {@value #MONTHS_AHEAD} after it. The database function is idempotent and takes
 * an advisory lock, so several instances may run it at the same time. Detaching old months is a
 * DBA step (docs/operations.md), never done by the application.
 */
@ApplicationScoped
public class AuditPartitions {

    private static final Logger LOG = Logger.getLogger(AuditPartitions.class);

    /** Months created ahead of the current one. */
    static final int MONTHS_AHEAD = 3;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        ensure();
    }

    @Scheduled(identity = "audit-partitions", cron = "0 17 2 * * ?", timeZone = PolishTime.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        ensure();
    }

    /** Creates the missing partitions; returns how many it created. */
    @Transactional
    public int ensure() {
        int created = ((Number) em.createNativeQuery("select audit_log_ensure_partitions(?1)")
                .setParameter(1, MONTHS_AHEAD).getSingleResult()).intValue();
        if (created > 0) {
            LOG.infof("audit_log: %d monthly partition(s) created ahead", created);
        }
        return created;
    }
}
