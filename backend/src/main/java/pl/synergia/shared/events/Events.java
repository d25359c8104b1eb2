package pl.synergia.shared.events;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The transactional outbox: {@link #publish} writes an event in the caller's transaction, so a
 * change and its event commit together or not at all; {@link #after} reads sequenced events in
 * feed order (for the dispatcher and the change feed).
 */
@ApplicationScoped
public class Events {

    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /**
     * Writes the event in the caller's transaction (there must be one). An event with a
     * {@link DomainEvent#dedupKey()} already written is not written again.
     *
     * @return the new event's id, or null when its dedup key was already used
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("insert into outbox_event (id, type, aggregate_type, aggregate_id, occurred_at, "
                + "data, audience, area_teryt, dedup_key) values (?1, ?2, ?3, ?4, now(), cast(?5 as jsonb), "
                + "cast(?6 as uuid[]), ?7, ?8) on conflict (dedup_key) do nothing")
                .unwrap(NativeQuery.class)
                .setParameter(1, id)
                .setParameter(2, event.type().cloudEventType())
                .setParameter(3, event.type().aggregateType())
                .setParameter(4, event.aggregateId())
                .setParameter(5, toJson(event.data()))
                .setParameter(6, event.audience().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .setParameter(7, event.areaTeryt(), String.class)
                .setParameter(8, event.dedupKey(), String.class)
                .executeUpdate();
        return inserted == 1 ? id : null;
    }

    /** Sequenced events after {@code position}, in feed order, at most {@code limit}. */
    public List<PublishedEvent> after(long position, int limit) {
        return read("position > ?1", position, null, limit);
    }

    /** Sequenced events after {@code position} that {@code institution} may learn of, in feed order. */
    public List<PublishedEvent> afterFor(UUID institution, long position, int limit) {
        return read("position > ?1 and audience @> array[cast(?2 as uuid)]", position, institution, limit);
    }

    /** The position of the newest sequenced event (0 when there is none). */
    public long lastPosition() {
        Number last = (Number) em.createNativeQuery("select coalesce(max(position), 0) from outbox_event").getSingleResult();
        return last.longValue();
    }

    @SuppressWarnings("unchecked")
    private List<PublishedEvent> read(String condition, long position, UUID institution, int limit) {
        NativeQuery<Object[]> query = em.createNativeQuery("select position, id, type, aggregate_id, occurred_at, "
                + "cast(data as text) as data, array_to_string(audience, ',') as audience, area_teryt from outbox_event "
                + "where " + condition + " order by position limit " + Math.max(1, Math.min(limit, 1000)))
                .unwrap(NativeQuery.class)
                .addScalar("position", Long.class)
                .addScalar("id", UUID.class)
                .addScalar("type", String.class)
                .addScalar("aggregate_id", UUID.class)
                .addScalar("occurred_at", OffsetDateTime.class)
                .addScalar("data", String.class)
                .addScalar("audience", String.class)
                .addScalar("area_teryt", String.class);
        query.setParameter(1, position);
        if (institution != null) {
            query.setParameter(2, institution);
        }
        return query.getResultList().stream().map(this::event).toList();
    }

    private PublishedEvent event(Object[] row) {
        String audience = (String) row[6];
        Set<UUID> institutions = audience == null || audience.isEmpty() ? Set.of()
                : Arrays.stream(audience.split(",")).map(UUID::fromString).collect(Collectors.toCollection(LinkedHashSet::new));
        return new PublishedEvent((Long) row[0], (UUID) row[1], EventType.fromCloudEventType((String) row[2]), (UUID) row[3],
                (OffsetDateTime) row[4], fromJson((String) row[5]), institutions, (String) row[7]);
    }

    private String toJson(Map<String, String> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data not serialisable", e);
        }
    }

    private Map<String, String> fromJson(String data) {
        try {
            return json.readValue(data, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event data unreadable", e);
        }
    }
}
