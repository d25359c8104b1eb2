package pl.synergia.integration;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code synergia.rate-limit.*}: how many requests a third-party system may make. Each OAuth client
 * has a token bucket of {@code capacity} requests that refills evenly over {@code period}; a client
 * listed under {@code clients} has its own numbers, e.g.
 * {@code synergia.rate-limit.clients."synergia-system-pup-legionowo".capacity=600}.
 */
@ConfigMapping(prefix = "synergia.rate-limit")
public interface RateLimitConfig {

    /** Off: no limits (and no RateLimit headers). */
    @WithDefault("true")
    boolean enabled();

    /** Requests a client may make at once (the burst), and per period. */
    @WithDefault("120")
    long capacity();

    @WithDefault("1m")
    Duration period();

    /**
     * How often buckets unused for longer than the longest period are deleted (they are full again, so
     * nothing changes for their clients): a duration like 1h, or "off".
     */
    @WithDefault("1h")
    String purgeEvery();

    /** Limits of particular clients, by client id. */
    Map<String, ClientLimit> clients();

    interface ClientLimit {
        long capacity();

        Duration period();
    }
}
