package pl.synergia.shared.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A published port: a context that owns facts whose time comes (a referral past its answer date, a
 * PUP contact due, a step or plan ending, an official status expiring) says which events are due as
 * of a day. Implemented inside the owning context and found by CDI; {@link TimedEvents} publishes
 * what every source answers. Each event must carry a {@linkplain DomainEvent#dedupKey() dedup key}
 * naming the fact and its date, so asking again the same day, the next day or on another instance
 * writes nothing new.
 */
public interface TimedEventSource {

    /** The events due as of {@code today}, each with a dedup key. Called inside a transaction. */
    List<DomainEvent> dueOn(LocalDate today);
}
