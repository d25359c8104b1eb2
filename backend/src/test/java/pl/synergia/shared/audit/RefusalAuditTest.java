package pl.synergia.shared.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.testsupport.Tokens;

/**
 * Issue #13: refusals for the caller's role (an analyst, administrator, integration or DPO outside
 * their endpoints) were not audited, unlike refusals for their institution. Now each is a DENIED row
 * naming who called which endpoint, with the request id; no record, no client, no query string.
 */
@QuarkusTest
class RefusalAuditTest {

    @Inject
    EntityManager em;

    /** The caller's audit rows; a refusal on the I/O thread is written by a worker a moment after the answer. */
    private List<Object[]> rowsOf(String username) throws InterruptedException {
        String subject = UUID.nameUUIDFromBytes(username.getBytes()).toString();
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<Object[]> rows;
        do {
            rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select record_type, action, purpose, outcome, client_id, record_id, request_id from audit_log "
                            + "where subject = ?1 order by id", Object[].class)
                    .setParameter(1, subject).getResultList());
            if (rows.isEmpty()) {
                Thread.sleep(50);
            }
        } while (rows.isEmpty() && System.nanoTime() < deadline);
        return rows;
    }

    private void assertRefusalAudited(String role, String method, String path) throws InterruptedException {
        String username = role + "-" + UUID.randomUUID();
        Response response = given().auth().oauth2(Tokens.user(username).roles(role).sign())
                .contentType("application/json").body("{}")
                .queryParam("q", "Kowalska")
                .when().request(method, path);
        assertEquals(403, response.statusCode(), role + " " + method + " " + path);
        List<Object[]> rows = rowsOf(username);
        assertEquals(1, rows.size(), "one audit row for the refusal of " + role);
        Object[] row = rows.get(0);
        assertEquals("ENDPOINT", row[0]);
        assertEquals("REQUEST", row[1]);
        assertEquals("ROLE_REFUSED " + method + " " + path, row[2]);
        assertEquals("DENIED", row[3]);
        assertNull(row[4], "no client");
        assertNull(row[5], "no record");
        assertEquals(response.header("X-Request-Id"), row[6], "the request id, as in the answer and the logs");
        assertTrue(!row[2].toString().contains("Kowalska"), "the query string (a search term) is not kept");
    }

    @Test
    void anAnalystOutsideTheirEndpointsIsAudited() throws InterruptedException {
        assertRefusalAudited("regional-analyst", "GET", "/api/v1/clients");
    }

    @Test
    void anAdministratorOutsideTheirEndpointsIsAudited() throws InterruptedException {
        assertRefusalAudited("admin", "POST", "/api/v1/plans");
    }

    @Test
    void anIntegrationOutsideItsEndpointsIsAudited() throws InterruptedException {
        assertRefusalAudited("integration", "POST", "/api/v1/anonymisations");
    }

    @Test
    void aDataProtectionOfficerOutsideTheirEndpointsIsAudited() throws InterruptedException {
        assertRefusalAudited("dpo", "GET", "/api/v1/institutions");
    }

    @Test
    void anAnonymousCallIsNotAnAuditRow() {
        given().when().get("/api/v1/clients").then().statusCode(401);
    }
}
