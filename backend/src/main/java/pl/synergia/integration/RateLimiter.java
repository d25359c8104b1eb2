package pl.synergia.integration;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.quarkus.scheduler.Scheduled;

/**
 * Token buckets per OAuth client, kept in PostgreSQL (table rate_limit_bucket) by Bucket4j, so that
 * every backend instance counts against the same bucket: each request takes one token in a short
 * transaction of its own (SELECT … FOR UPDATE). Time is the application's clock. A bucket's key
 * names its limits too, so a changed limit starts a new bucket; buckets unused for longer than the
 * longest period (full again) are deleted now and then.
 */
@ApplicationScoped
public class RateLimiter {

    /** One request's answer: allowed or not, the limit, what is left, and the waits in seconds (rounded up). */
    public record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds, long resetSeconds) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    RateLimitConfig config;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private ProxyManager<String> buckets;

    @PostConstruct
    void start() {
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .clientClock(new TimeMeter() {
                    @Override
                    public long currentTimeNanos() {
                        return clock.millis() * 1_000_000L;
                    }

                    @Override
                    public boolean isWallClockBased() {
                        return true;
                    }
                })
                .build();
    }

    /** Takes one request from the client's bucket. */
    public Decision take(String clientId) {
        RateLimitConfig.ClientLimit own = config.clients().get(clientId);
        long capacity = own == null ? config.capacity() : own.capacity();
        Duration period = own == null ? config.period() : own.period();
        BucketConfiguration limits = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
        ConsumptionProbe probe = buckets.getProxy(key(clientId, capacity, period), () -> limits).tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), capacity, probe.getRemainingTokens(), seconds(probe.getNanosToWaitForRefill()),
                seconds(probe.getNanosToWaitForReset()));
    }

    /** The bucket of a client under given limits: once the limits change, the client has a new, full bucket. */
    static String key(String clientId, long capacity, Duration period) {
        return "client:" + clientId + ":" + capacity + "/" + period;
    }

    @Scheduled(identity = "rate-limit-purge", every = "{synergia.rate-limit.purge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int deleted = purgeIdle(longestPeriod());
        if (deleted > 0) {
            LOG.debugf("Deleted %d idle rate-limit buckets", deleted);
        }
    }

    /**
     * Deletes the buckets not used for longer than {@code idle} (by the database's clock, which records
     * each use). Safe on several instances at once and beside requests: a bucket in use is locked and
     * touched, and is then no longer idle when the delete gets to it.
     *
     * @return buckets deleted
     */
    @Transactional
    public int purgeIdle(Duration idle) {
        return em.createNativeQuery("delete from rate_limit_bucket where updated_at < now() - make_interval(secs => :idle)")
                .setParameter("idle", idle.toMillis() / 1000.0).executeUpdate();
    }

    /** The longest refill period configured: a bucket idle that long is full, whatever its client. */
    Duration longestPeriod() {
        Duration longest = config.period();
        for (RateLimitConfig.ClientLimit own : config.clients().values()) {
            longest = own.period().compareTo(longest) > 0 ? own.period() : longest;
        }
        return longest;
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
