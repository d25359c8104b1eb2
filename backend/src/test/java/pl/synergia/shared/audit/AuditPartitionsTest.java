package pl.synergia.shared.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.shared.time.PolishTime;

/**
 * audit_log is partitioned by month (V81, issue #14): the partitions of this month and three
 * ahead exist after start, creating them again creates nothing, a row lands in its month's
 * partition, and every partition refuses UPDATE, DELETE and TRUNCATE addressed to it directly.
 */
@QuarkusTest
class AuditPartitionsTest {

    @Inject
    EntityManager em;

    @Inject
    AuditPartitions partitions;

    @Test
    void theMonthsAheadExistAndCreatingThemAgainCreatesNothing() {
        LocalDate month = LocalDate.now(PolishTime.ZONE).withDayOfMonth(1);
        List<String> existing = partitionNames();
        for (int i = 0; i <= AuditPartitions.MONTHS_AHEAD; i++) {
            String name = partitionOf(month.plusMonths(i));
            assertTrue(existing.contains(name), name + " in " + existing);
        }
        assertEquals(0, partitions.ensure());
        assertEquals(existing, partitionNames());
    }

    @Test
    void aRowLandsInItsMonthAndNoPartitionCanBeChangedOrEmptied() {
        UUID record = UUID.randomUUID();
        String partition = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into audit_log (subject, subject_name, record_type, record_id, action, purpose, outcome) "
                    + "values ('test', 'Test', 'PLAN', ?1, 'READ', 'test', 'ALLOWED')").setParameter(1, record).executeUpdate();
            return (String) em.createNativeQuery("select tableoid::regclass::text from audit_log where record_id = ?1")
                    .setParameter(1, record).getSingleResult();
        });
        assertEquals(partitionOf(LocalDate.now(PolishTime.ZONE)), partition);

        // the row's own partition refuses UPDATE and DELETE addressed to it directly; every partition refuses TRUNCATE
        for (String statement : List.of("update " + partition + " set purpose = 'x' where record_id = ?1",
                "delete from " + partition + " where record_id = ?1")) {
            assertRefused(statement, record);
        }
        for (String table : partitionNames()) {
            assertRefused("truncate " + table, record);
        }
        // and every partition has the row trigger (cloned from audit_log), so a row anywhere is protected alike
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select c.relname::text from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                        + "where i.inhparent = 'audit_log'::regclass and not exists (select 1 from pg_trigger t "
                        + "where t.tgrelid = c.oid and t.tgname = 'audit_log_no_update_or_delete') "
                        + "and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit_log_no_truncate')")
                .getResultList()));
        assertEquals(1L, ((Number) QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select count(*) from audit_log where record_id = ?1").setParameter(1, record)
                .getSingleResult())).longValue());
    }

    private void assertRefused(String statement, UUID record) {
        Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            if (statement.contains("?1")) {
                query.setParameter(1, record);
            }
            query.executeUpdate();
        }), statement);
        assertTrue(causes(refused).contains("append-only"), statement + ": " + causes(refused));
    }

    private static String causes(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append(" | ");
        }
        return all.toString();
    }

    private static String partitionOf(LocalDate day) {
        return "audit_log_" + day.format(DateTimeFormatter.ofPattern("'y'yyyy'm'MM"));
    }

    @SuppressWarnings("unchecked")
    private List<String> partitionNames() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select c.relname::text from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                        + "where i.inhparent = 'audit_log'::regclass order by 1").getResultList());
    }
}
