package pl.synergia.shared.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code synergia.events.*}: how often the outbox is sequenced and dispatched, and in what batches. */
@ConfigMapping(prefix = "synergia.events")
public interface EventsConfig {

    /** Interval of the dispatcher ({@code 2s}); {@code off} disables it (tests call {@link EventDispatcher#drain()}). */
    @WithDefault("2s")
    String dispatchEvery();

    /** Events handed to a channel, or sequenced, per transaction. */
    @WithDefault("200")
    int batchSize();
}
