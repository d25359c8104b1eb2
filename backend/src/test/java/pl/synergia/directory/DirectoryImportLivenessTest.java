package pl.synergia.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With two instances on one database, an instance starting (or sweeping) must not fail an import the
 * other instance is running; it fails only imports whose instance stopped beating (issue #13).
 */
@QuarkusTest
class DirectoryImportLivenessTest {

    @Inject
    EntityManager em;

    @Inject
    DirectoryImportService service;

    private UUID job(String status, String heartbeatAgo) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into directory_import (id, status, dry_run, total_rows, created_by_subject, created_by_name, created_at, "
                        + "instance, heartbeat_at) values (?1, ?2, false, 10, 'test', 'Test', now(), 'other-host/1234', "
                        + "now() - cast(?3 as interval))")
                .setParameter(1, id).setParameter(2, status).setParameter(3, heartbeatAgo).executeUpdate());
        return id;
    }

    private String status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select status from directory_import where id = ?1").setParameter(1, id).getSingleResult());
    }

    @Test
    void anImportAnotherInstanceIsRunningIsLeftAloneAndAnAbandonedOneFails() {
        UUID running = job("WRITING", "5 seconds");
        UUID abandoned = job("VALIDATING", "10 minutes");
        UUID finished = job("SUCCEEDED", "10 minutes");
        service.failAbandoned();
        assertEquals("WRITING", status(running));
        assertEquals("FAILED", status(abandoned));
        assertEquals("SUCCEEDED", status(finished));
        service.failAbandonedAtStart(null);
        assertEquals("WRITING", status(running), "a starting instance leaves the other's running import alone");
    }
}
