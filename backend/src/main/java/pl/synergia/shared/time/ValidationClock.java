package pl.synergia.shared.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;

/**
 * The clock of {@code @PastOrPresent}, {@code @FutureOrPresent} and the like: the application's
 * (Warsaw time), not the validator's default of the JVM's time zone. On a server in UTC, from
 * 23:00 to 24:00 (22:00 in summer) a consent given "today" in Poland was otherwise refused as
 * given in the future. Quarkus hands this bean to the validator factory.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {

    @Inject
    Clock clock;

    @Override
    public Clock getClock() {
        return clock;
    }
}
