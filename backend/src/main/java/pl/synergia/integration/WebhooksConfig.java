package pl.synergia.integration;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code synergia.webhooks.*}: delivery of webhooks to third-party systems (docs/integration.md). */
@ConfigMapping(prefix = "synergia.webhooks")
public interface WebhooksConfig {

    /** How often the delivery worker looks for due deliveries ({@code 5s}); {@code off} disables it (tests run it themselves). */
    @WithDefault("5s")
    String deliverEvery();

    /** Deliveries one worker run attempts at most (each in a transaction of its own). */
    @WithDefault("50")
    int batchSize();

    /** Time to open the connection to the receiver. */
    @WithDefault("3s")
    Duration connectTimeout();

    /** Time the receiver has to answer once the request is sent. */
    @WithDefault("10s")
    Duration readTimeout();

    /** Delay before the first retry; each further retry waits twice as long (with jitter), up to {@link #maxRetryDelay()}. */
    @WithDefault("5s")
    Duration firstRetryDelay();

    @WithDefault("1h")
    Duration maxRetryDelay();

    /** A subscription whose deliveries have failed for this long without a success is disabled. */
    @WithDefault("24h")
    Duration disableAfter();

    /** Subscriptions one client may have. */
    @WithDefault("20")
    int maxSubscriptionsPerClient();

    /**
     * Whether receivers on loopback, private, link-local or other internal addresses are allowed:
     * never in production (server-side request forgery); true for tests and the local demo.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();
}
