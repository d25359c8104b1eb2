package pl.synergia.shared.events;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import pl.synergia.shared.persistence.AdvisoryLocks;
import pl.synergia.shared.time.PolishTime;

/**
 * The one scheduled job of time-based events (overdue, due, ending, expiring): asks every
 * {@link TimedEventSource} what is due today and writes it to the outbox. Safe with any number of
 * backend instances: the run holds a transaction-scoped advisory lock (an instance that finds it
 * taken skips its run), and every event has a dedup key, so a fact is announced once however often
 * and wherever the job runs.
 */
@ApplicationScoped
public class TimedEvents {

    /** Advisory lock key of the job ("SYNTIMED"). */
    static final long LOCK = 0x53594E54494D4544L;

    private static final Logger LOG = Logger.getLogger(TimedEvents.class);

    @Inject
    Instance<TimedEventSource> sources;

    @Inject
    Events events;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Scheduled(identity = "timed-events", cron = "{synergia.events.timed-schedule}", timeZone = PolishTime.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Run run = run();
        if (run.ran() && run.written() > 0) {
            LOG.infof("time-based events: %d written", run.written());
        }
    }

    /** What a run did: whether it held the lock (false: another instance was running), and the events it wrote. */
    public record Run(boolean ran, int written) {
    }

    /** Runs now, in a transaction of its own; all or nothing. */
    public Run run() {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean locked = AdvisoryLocks.tryForTransaction(em, LOCK);
            if (!locked) {
                return new Run(false, 0);
            }
            LocalDate today = LocalDate.now(clock);
            int written = 0;
            for (TimedEventSource source : sources) {
                for (DomainEvent event : source.dueOn(today)) {
                    if (event.dedupKey() == null) {
                        throw new IllegalStateException("a time-based event needs a dedup key: " + event.type());
                    }
                    if (events.publish(event) != null) {
                        written++;
                    }
                }
            }
            return new Run(true, written);
        });
    }
}
