package pl.synergia.shared.events;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** An event as committed and sequenced: what channels and the change feed read. */
public record PublishedEvent(long position, UUID id, EventType type, UUID aggregateId, OffsetDateTime occurredAt,
        Map<String, String> data, Set<UUID> audience, String areaTeryt) {
}
