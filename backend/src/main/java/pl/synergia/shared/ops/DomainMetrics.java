package pl.synergia.shared.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters of what the platform does, next to Quarkus's HTTP, pool and JVM metrics on /q/metrics
 * (management port). A counter in a transaction counts when it commits, so a rolled-back request
 * counts nothing.
 */
@ApplicationScoped
public class DomainMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** A referral was sent from one institution to another. */
    public void referralSent() {
        onCommit(Counter.builder("synergia.referrals.sent").description("Referrals sent between institutions")
                .register(registry));
    }

    /** An audit row was written; outcome ALLOWED or DENIED. */
    public void auditRowWritten(String outcome) {
        onCommit(Counter.builder("synergia.audit.rows").description("Audit rows written (reads and writes of personal data, refusals)")
                .tag("outcome", outcome).register(registry));
    }

    /** A request was answered 503 because the database could not be reached. */
    public void databaseUnavailable() {
        Counter.builder("synergia.database.unavailable").description("Requests answered 503 because the database could not be reached")
                .register(registry).increment();
    }

    private void onCommit(Counter counter) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            counter.increment();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // counted only once the transaction is known to have committed
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
