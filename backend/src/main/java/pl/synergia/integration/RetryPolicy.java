package pl.synergia.integration;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * When a failed webhook delivery is tried again, and when a subscription that keeps failing is
 * given up. Exponential backoff with jitter: the n-th retry waits {@code first × 2^(n-1)}, capped,
 * then scaled by a random factor between 0.8 and 1.2 so that receivers that failed together are
 * not all retried at the same moment. A receiver's Retry-After is honoured when it asks for longer.
 * Pure: time and randomness come in as arguments.
 */
public record RetryPolicy(Duration first, Duration max, Duration disableAfter) {

    static RetryPolicy of(WebhooksConfig config) {
        return new RetryPolicy(config.firstRetryDelay(), config.maxRetryDelay(), config.disableAfter());
    }

    /**
     * The wait before the next attempt after {@code failedAttempts} failures (1 after the first).
     *
     * @param retryAfter what the receiver asked for (Retry-After), or null
     * @param random     a value in [0, 1)
     */
    public Duration delay(int failedAttempts, Duration retryAfter, DoubleSupplier random) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        long base = Math.min(max.toMillis(), first.toMillis() * (1L << doublings));
        long jittered = Math.round(base * (0.8 + 0.4 * random.getAsDouble()));
        long wait = Math.min(max.toMillis(), Math.max(1, jittered));
        if (retryAfter != null && retryAfter.toMillis() > wait) {
            wait = Math.min(max.toMillis(), retryAfter.toMillis());
        }
        return Duration.ofMillis(wait);
    }

    /** Whether a subscription failing since {@code failingSince} is to be disabled at {@code now}. */
    public boolean giveUp(Instant failingSince, Instant now) {
        return failingSince != null && !now.isBefore(failingSince.plus(disableAfter));
    }
}
