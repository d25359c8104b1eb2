package pl.synergia.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import pl.synergia.shared.request.RequestIds;

/**
 * Counts the SQL statements Hibernate prepares (entity loads, HQL, native queries, the audit
 * insert) per request id, for the tests that prove a list is read in a fixed number of
 * statements: a request sent with an {@code X-Request-Id} header is counted under that id.
 * Statements outside a request (scheduled jobs) are not counted.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        RequestIds.current().ifPresent(id -> {
            COUNTS.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            if (sql.toLowerCase(java.util.Locale.ROOT).startsWith("insert into audit_log")) {
                COUNTS.computeIfAbsent("audit:" + id, k -> new AtomicInteger()).incrementAndGet();
            }
        });
        return sql;
    }

    /** The statements of the request with this id so far. */
    public static int of(String requestId) {
        AtomicInteger count = COUNTS.get(requestId);
        return count == null ? 0 : count.get();
    }

    /** The statements of the request with this id that wrote audit rows. */
    public static int auditOf(String requestId) {
        AtomicInteger count = COUNTS.get("audit:" + requestId);
        return count == null ? 0 : count.get();
    }
}
