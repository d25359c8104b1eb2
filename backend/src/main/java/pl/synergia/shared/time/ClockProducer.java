package pl.synergia.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one clock of the application: Polish time. Code that needs "now" or "today" injects
 * {@link Clock} instead of calling {@code Instant.now()}, so time rules can be tested at chosen dates.
 */
public class ClockProducer {

    /** Dates of Polish law and of the figures are days in Polish time. */
    public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(WARSAW);
    }
}
