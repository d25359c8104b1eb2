package pl.synergia.shared.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Moves the outbox forward, safely with any number of backend instances on one database:
 * <ol>
 * <li>the sequencer gives committed events their feed positions, one sequencer at a time
 * (a transaction-scoped advisory lock), in the order they were written, without gaps;</li>
 * <li>each {@link EventChannel} gets the events after its cursor, in position order; the cursor
 * row is locked for the duration ({@code FOR UPDATE SKIP LOCKED}), so while one instance hands a
 * batch to a channel another skips that channel, and the cursor moves in the transaction in which
 * the channel wrote what it wrote.</li>
 * </ol>
 * A channel that fails is retried on the next run from the same cursor (at least once).
 */
@ApplicationScoped
public class EventDispatcher {

    /** Advisory lock key of the sequencer ("SYNEVSEQ"). */
    static final long SEQUENCER_LOCK = 0x53594E4556534551L;

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    private static final String SEQUENCE = """
            with next as (
                select seq, row_number() over (order by seq) as n
                from (select seq from outbox_event where position is null order by seq limit ?1) pending
            ), base as (select coalesce(max(position), 0) as last from outbox_event)
            update outbox_event e set position = base.last + next.n
            from next, base where e.seq = next.seq""";

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    Instance<EventChannel> channels;

    @Inject
    EventsConfig config;

    @Scheduled(identity = "event-dispatch", every = "{synergia.events.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        run(false);
    }

    /**
     * Sequences and dispatches until nothing is left, waiting for locks held by other
     * dispatchers instead of skipping (tests, and anyone who needs the feed up to date now).
     *
     * @return events handed to channels
     */
    public int drain() {
        int total = 0;
        int handled;
        do {
            handled = run(true);
            total += handled;
        } while (handled > 0);
        return total;
    }

    private int run(boolean wait) {
        int sequenced;
        do {
            sequenced = sequence(wait);
        } while (sequenced == config.batchSize());
        int handled = 0;
        for (EventChannel channel : channels) {
            int batch;
            do {
                batch = dispatch(channel, wait);
                handled += batch;
            } while (batch == config.batchSize());
        }
        return handled + sequenced;
    }

    /** Gives the next committed events their positions; 0 when another sequencer runs and {@code wait} is false. */
    int sequence(boolean wait) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!lock(wait)) {
                return 0;
            }
            return em.createNativeQuery(SEQUENCE).setParameter(1, config.batchSize()).executeUpdate();
        });
    }

    private boolean lock(boolean wait) {
        if (wait) {
            em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) l").setParameter(1, SEQUENCER_LOCK)
                    .getSingleResult();
            return true;
        }
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, SEQUENCER_LOCK)
                .getSingleResult();
    }

    /** Hands the channel its next batch; 0 when there is none, or another instance is on it and {@code wait} is false. */
    int dispatch(EventChannel channel, boolean wait) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("insert into event_channel_cursor (channel) values (?1) on conflict do nothing")
                        .setParameter(1, channel.name()).executeUpdate();
                List<?> cursor = em.createNativeQuery("select position from event_channel_cursor where channel = ?1 for update"
                        + (wait ? "" : " skip locked")).setParameter(1, channel.name()).getResultList();
                if (cursor.isEmpty()) {
                    return 0;
                }
                long from = ((Number) cursor.get(0)).longValue();
                List<PublishedEvent> batch = events.after(from, config.batchSize());
                if (batch.isEmpty()) {
                    return 0;
                }
                channel.deliver(batch);
                em.createNativeQuery("update event_channel_cursor set position = ?2, updated_at = now() where channel = ?1")
                        .setParameter(1, channel.name()).setParameter(2, batch.get(batch.size() - 1).position()).executeUpdate();
                return batch.size();
            });
        } catch (RuntimeException e) {
            // no event content and no exception message in the log: they may name records
            LOG.warnf("event channel %s failed; its batch is handed over again on the next run (%s)", channel.name(),
                    e.getClass().getName());
            return 0;
        }
    }
}
