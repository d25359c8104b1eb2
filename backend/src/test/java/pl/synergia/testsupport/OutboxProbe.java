package pl.synergia.testsupport;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/**
 * What tests of domain events need to look at the outbox directly: the rows written about a record,
 * the transaction that wrote a row (PostgreSQL's {@code xmin}: an event and the change it reports
 * were written by the same transaction when their {@code xmin} is equal), and a transaction that
 * fails at commit, after the change and its event were both written.
 */
@ApplicationScoped
public class OutboxProbe {

    private static final AtomicInteger TRIGGERS = new AtomicInteger();
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** One outbox row as written (before or after sequencing). */
    public record Row(String type, UUID aggregateId, Map<String, String> data, Set<UUID> audience, String areaTeryt,
            String dedupKey, String xmin, String raw) {
    }

    /** The rows naming this id as their record or in their data, in the order written. */
    public List<Row> about(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select type, aggregate_id, cast(data as text), array_to_string(audience, ','), "
                    + "area_teryt, dedup_key, cast(xmin as text), cast(row_to_json(e) as text) from outbox_event e "
                    + "where aggregate_id = ?1 or position(?2 in cast(data as text)) > 0 order by seq")
                    .setParameter(1, id).setParameter(2, id.toString()).getResultList();
            return rows.stream().map(this::row).toList();
        });
    }

    /** The rows of one type naming this id. */
    public List<Row> about(UUID id, String cloudEventType) {
        return about(id).stream().filter(r -> r.type().equals(cloudEventType)).toList();
    }

    /** The one row of this type naming this id (fails if there is none or several). */
    public Row single(UUID id, String cloudEventType) {
        List<Row> rows = about(id, cloudEventType);
        assertEquals(1, rows.size(), () -> "expected one " + cloudEventType + " event about " + id + ", found " + rows);
        return rows.get(0);
    }

    /** The transaction that last wrote the row of {@code table} whose {@code column} is {@code id}. */
    public String xmin(String table, String column, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select cast(xmin as text) from " + table
                + " where " + column + " = ?1 limit 1").setParameter(1, id).getSingleResult());
    }

    /** Rows of {@code table} whose {@code column} is {@code id}. */
    public long count(String table, String column, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from " + table
                + " where " + column + " = ?1").setParameter(1, id).getSingleResult()).longValue());
    }

    /**
     * Until closed, a transaction that writes an event naming {@code id} fails when it commits (a
     * deferred constraint trigger raises), after the change and the event were both written: the test
     * then sees whether both were rolled back.
     */
    public AutoCloseable failCommitOfEventsAbout(UUID id) {
        String name = "test_fail_commit_" + TRIGGERS.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("create or replace function test_fail_commit() returns trigger language plpgsql as "
                    + "$$ begin raise exception 'planned failure at commit'; end $$").executeUpdate();
            em.createNativeQuery("create constraint trigger " + name + " after insert on outbox_event deferrable initially deferred "
                    + "for each row when (new.aggregate_id = '" + id + "' or position('" + id + "' in cast(new.data as text)) > 0) "
                    + "execute function test_fail_commit()").executeUpdate();
        });
        return () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("drop trigger " + name + " on outbox_event")
                .executeUpdate());
    }

    /**
     * Makes the change once with a commit that fails after the change and its event naming
     * {@code about} were written, and checks it left no trace ({@code state} as before); then makes
     * it again, to succeed (2xx).
     */
    public void failsAtCommitThenCommits(UUID about, Supplier<Response> change, Supplier<Object> state) throws Exception {
        Object before = state.get();
        try (AutoCloseable failing = failCommitOfEventsAbout(about)) {
            change.get().then().statusCode(greaterThanOrEqualTo(500));
        }
        assertEquals(before, state.get(), "the failed change left no trace");
        change.get().then().statusCode(greaterThanOrEqualTo(200)).statusCode(lessThan(300));
    }

    /** The event names none of these (a person's name, PESEL, a message, a reason): not in its data nor anywhere in its row. */
    public static void assertNoPersonalData(Row event, String... secrets) {
        for (String secret : secrets) {
            assertFalse(event.raw().toLowerCase().contains(secret.toLowerCase()),
                    () -> "event " + event.type() + " carries '" + secret + "': " + event.raw());
        }
        event.data().forEach((key, value) -> assertTrue(value.matches("[A-Za-z0-9_.:+-]*"),
                () -> "event data " + key + " is not an id or a code: " + value));
    }

    private Row row(Object[] r) {
        try {
            String audience = (String) r[3];
            Set<UUID> institutions = audience == null || audience.isEmpty() ? Set.of()
                    : Arrays.stream(audience.split(",")).map(UUID::fromString).collect(Collectors.toCollection(LinkedHashSet::new));
            return new Row((String) r[0], (UUID) r[1], json.readValue((String) r[2], DATA), institutions, (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
