package pl.synergia.shared.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code synergia.events.*}: how often the outbox is sequenced and dispatched, in what batches, and when time-based events are looked for. */
@ConfigMapping(prefix = "synergia.events")
public interface EventsConfig {

    /** Interval of the dispatcher ({@code 2s}); {@code off} disables it (tests call {@link EventDispatcher#drain()}). */
    @WithDefault("2s")
    String dispatchEvery();

    /**
     * When the job of time-based events runs ({@link TimedEvents}; Quartz-style cron, Warsaw time);
     * {@code off} disables it (tests run it themselves).
     */
    @WithDefault("0 5 * * * ?")
    String timedSchedule();

    /** Events handed to a channel, or sequenced, per transaction. */
    @WithDefault("200")
    int batchSize();
}
