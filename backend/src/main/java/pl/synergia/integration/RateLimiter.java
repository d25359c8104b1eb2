package pl.synergia.integration;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Token buckets per OAuth client, kept in PostgreSQL (table rate_limit_bucket) by Bucket4j, so that
 * every backend instance counts against the same bucket: each request takes one token in a short
 * transaction of its own (SELECT … FOR UPDATE). Time is the application's clock.
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
        ConsumptionProbe probe = buckets.getProxy("client:" + clientId, () -> limits).tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), capacity, probe.getRemainingTokens(), seconds(probe.getNanosToWaitForRefill()),
                seconds(probe.getNanosToWaitForReset()));
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
