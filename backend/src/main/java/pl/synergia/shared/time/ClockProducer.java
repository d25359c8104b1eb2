package pl.synergia.shared.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The clock every rule reads "now" and "today" from: the system clock in Warsaw time. A default
 * bean, so tests replace it with a clock they set to the dates they check.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(PolishTime.ZONE);
    }
}
