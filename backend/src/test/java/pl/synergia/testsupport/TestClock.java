package pl.synergia.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.inject.Singleton;

import pl.synergia.shared.time.PolishTime;

/**
 * The application's clock in tests: the system's time in Warsaw until a test sets it, so that time
 * rules are checked at chosen dates. It replaces the production clock (a default bean) in every
 * {@code @QuarkusTest}; a test that sets it resets it when it ends, since all tests share one
 * application.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** Stops the clock at this moment. */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Stops the clock at noon (Warsaw time) of this day. */
    public void set(LocalDate day) {
        set(day.atTime(LocalTime.NOON).atZone(PolishTime.ZONE).toInstant());
    }

    /** Back to the system's time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return PolishTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = fixed;
        return at == null ? Clock.system(zone) : Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
