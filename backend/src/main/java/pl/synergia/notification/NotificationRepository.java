package pl.synergia.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import pl.synergia.shared.events.EventType;

/**
 * The notifications of an institution as one user sees them: the types the user hides left out,
 * read or not by that user. Lists select only the columns they return, newest first.
 */
@ApplicationScoped
public class NotificationRepository {

    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** One notification as stored, with the reader's read time (null: unread). */
    public record Row(UUID id, EventType type, UUID aggregateId, Map<String, String> data, OffsetDateTime occurredAt, OffsetDateTime readAt) {
    }

    /** What a user asks for: unread only, some types, a period (from inclusive, to exclusive). */
    public record Filter(boolean unreadOnly, Set<EventType> types, Instant from, Instant to) {
    }

    /** The user's view: their institution, themselves, the types they hide. */
    public record Reader(UUID institution, String subject, Set<EventType> hidden) {
    }

    @SuppressWarnings("unchecked")
    public List<Row> page(Reader reader, Filter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(reader, filter, params);
        NativeQuery<Object[]> query = em.createNativeQuery("select n.id, n.type, n.aggregate_id, cast(n.data as text) as data, "
                + "n.occurred_at, r.read_at from notification n left join notification_read r on r.notification_id = n.id "
                + "and r.subject = ?1 " + where + " order by n.occurred_at desc, n.id desc limit " + size + " offset " + ((long) page * size))
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("type", String.class)
                .addScalar("aggregate_id", UUID.class)
                .addScalar("data", String.class)
                .addScalar("occurred_at", OffsetDateTime.class)
                .addScalar("read_at", OffsetDateTime.class);
        bind(query, params);
        return query.getResultList().stream().map(this::row).toList();
    }

    public long count(Reader reader, Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(reader, filter, params);
        var query = em.createNativeQuery("select count(*) from notification n left join notification_read r on r.notification_id = n.id "
                + "and r.subject = ?1 " + where);
        bind(query.unwrap(NativeQuery.class), params);
        return ((Number) query.getSingleResult()).longValue();
    }

    public long unread(Reader reader) {
        return count(reader, new Filter(true, Set.of(), null, null));
    }

    /** Marks one of the reader's notifications read; false when it is not theirs to see. */
    public boolean markRead(Reader reader, UUID id, Instant now) {
        List<?> found = em.createNativeQuery("select n.id from notification n where n.id = ?1 and n.institution_id = ?2 "
                + "and n.type <> all(cast(?3 as text[]))").setParameter(1, id).setParameter(2, reader.institution())
                .setParameter(3, types(reader.hidden())).getResultList();
        if (found.isEmpty()) {
            return false;
        }
        em.createNativeQuery("insert into notification_read (subject, notification_id, read_at) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, reader.subject()).setParameter(2, id).setParameter(3, now).executeUpdate();
        return true;
    }

    /** Marks every notification the reader sees read (those that arrived up to now); how many were unread. */
    public int markAllRead(Reader reader, Instant now) {
        return em.createNativeQuery("insert into notification_read (subject, notification_id, read_at) select ?1, n.id, ?3 "
                + "from notification n where n.institution_id = ?2 and n.type <> all(cast(?4 as text[])) and not exists "
                + "(select 1 from notification_read r where r.subject = ?1 and r.notification_id = n.id) on conflict do nothing")
                .setParameter(1, reader.subject()).setParameter(2, reader.institution()).setParameter(3, now)
                .setParameter(4, types(reader.hidden())).executeUpdate();
    }

    private static String where(Reader reader, Filter filter, List<Object> params) {
        params.add(reader.subject());
        params.add(reader.institution());
        params.add(types(reader.hidden()));
        StringBuilder where = new StringBuilder("where n.institution_id = ?2 and n.type <> all(cast(?3 as text[]))");
        if (!filter.types().isEmpty()) {
            params.add(types(filter.types()));
            where.append(" and n.type = any(cast(?").append(params.size()).append(" as text[]))");
        }
        if (filter.unreadOnly()) {
            where.append(" and r.read_at is null");
        }
        if (filter.from() != null) {
            params.add(filter.from());
            where.append(" and n.occurred_at >= ?").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to());
            where.append(" and n.occurred_at < ?").append(params.size());
        }
        return where.toString();
    }

    private static void bind(NativeQuery<?> query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }

    private static String types(Collection<EventType> types) {
        return types.stream().map(EventType::name).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private Row row(Object[] r) {
        try {
            return new Row((UUID) r[0], EventType.valueOf((String) r[1]), (UUID) r[2], json.readValue((String) r[3], DATA),
                    (OffsetDateTime) r[4], (OffsetDateTime) r[5]);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored notification data unreadable", e);
        }
    }
}
