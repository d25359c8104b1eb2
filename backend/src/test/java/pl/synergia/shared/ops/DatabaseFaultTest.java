package pl.synergia.shared.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import pl.synergia.directory.Institution;
import pl.synergia.testsupport.DatabaseFaults;
import pl.synergia.testsupport.DatabaseFaults.Durability;
import pl.synergia.testsupport.Json;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * The database fails under the running backend (issue #13: with PostgreSQL stopped every request and
 * the readiness check hung 30 s, a killed database gave 500s, and acknowledged writes were lost):
 * requests fail fast with 503 and Retry-After, readiness says DOWN within a second, the backend
 * recovers by itself when the database is back, and after a crash every acknowledged write is there.
 * Each test leaves the database running as it found it.
 */
@QuarkusTest
class DatabaseFaultTest {

    /** A request fails within the pool's acquisition timeout (2 s) plus slack for a loaded machine. */
    private static final long FAIL_FAST_MS = 3_500;
    /** Readiness answers within synergia.health.database-timeout (800 ms) plus slack. */
    private static final long HEALTH_MS = 1_500;

    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 30_000));

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private static RequestSpecification admin() {
        return given().config(BOUNDED).auth().oauth2(Tokens.user("admin").roles("admin").sign());
    }

    private static Response read(Institution institution) {
        return admin().when().get("/api/v1/institutions/" + institution.id);
    }

    private static Response ready() {
        return given().config(BOUNDED).when().get("/q/health/ready");
    }

    private static void assertFailsFastWith503(Institution institution) {
        long start = System.nanoTime();
        Response response = read(institution);
        long took = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, response.statusCode(), response.asString());
        assertEquals("application/problem+json", response.contentType());
        assertNotNull(response.header("Retry-After"), "Retry-After");
        assertNotNull(response.jsonPath().getString("requestId"));
        assertTrue(took < FAIL_FAST_MS, "503 after " + took + " ms");

        start = System.nanoTime();
        Response health = ready();
        took = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, health.statusCode(), health.asString());
        assertEquals("DOWN", health.jsonPath().getString("status"));
        assertTrue(took < HEALTH_MS, "readiness answered after " + took + " ms");
    }

    /** The same backend serves again once the database is back (no restart). */
    private static void awaitRecovery(Institution institution) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = read(institution).statusCode();
            if (status == 200 && ready().statusCode() == 200) {
                return;
            }
            DatabaseFaults.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("the backend did not recover within 30 s (last status " + status + ")");
    }

    @Test
    void aFrozenDatabaseIsA503WithinSecondsAndTheBackendRecovers() {
        Institution institution = data.institution().create();
        assertEquals(200, read(institution).statusCode());
        DatabaseFaults.locateBinaries();
        DatabaseFaults.freeze();
        try {
            assertFailsFastWith503(institution);
            assertFailsFastWith503(institution);
        } finally {
            DatabaseFaults.thaw();
        }
        awaitRecovery(institution);
    }

    @Test
    void aStoppedDatabaseIsA503AndTheBackendRecoversWhenItStartsAgain() {
        Institution institution = data.institution().create();
        assertEquals(200, read(institution).statusCode());
        DatabaseFaults.locateBinaries();
        DatabaseFaults.stop();
        try {
            assertFailsFastWith503(institution);
        } finally {
            DatabaseFaults.start(Durability.THROWAWAY);
        }
        awaitRecovery(institution);
    }

    @Test
    void noAcknowledgedWriteIsLostWhenTheDatabaseIsKilled() throws Exception {
        Institution institution = data.institution().create();
        DatabaseFaults.locateBinaries();
        DatabaseFaults.stop();
        DatabaseFaults.start(Durability.DURABLE);
        try {
            awaitRecovery(institution);
            List<String> acknowledged = new CopyOnWriteArrayList<>();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> unexpected = new CopyOnWriteArrayList<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            String prefix = TestData.unique("Trwałość");
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    for (int n = 0; writing.get(); n++) {
                        String name = prefix + " " + writer + "-" + n;
                        try {
                            Response response = admin().contentType("application/json").body(Json.institution(name))
                                    .when().post("/api/v1/institutions");
                            int status = response.statusCode();
                            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                            if (status != 201 && status != 503) {
                                unexpected.add(status + " " + response.asString());
                            }
                            if (status == 201) {
                                acknowledged.add(name);
                            }
                        } catch (RuntimeException connectionLost) {
                            statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                }, "writer-" + w);
                thread.start();
                writers.add(thread);
            }
            // write until enough is acknowledged (a loaded machine is slow), then crash the database under the writers
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (acknowledged.size() < 30 && System.nanoTime() < until) {
                DatabaseFaults.sleep(Duration.ofMillis(100));
            }
            int beforeKill = acknowledged.size();
            DatabaseFaults.kill();
            DatabaseFaults.sleep(Duration.ofMillis(1_000));
            writing.set(false);
            for (Thread writer : writers) {
                writer.join(60_000);
            }
            DatabaseFaults.start(Durability.DURABLE);
            awaitRecovery(institution);

            assertTrue(beforeKill >= 5, "the writers acknowledged only " + beforeKill + " writes before the kill: " + statuses);
            List<String> names = List.copyOf(acknowledged);
            long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from institution where name = any(cast(?1 as text[]))")
                    .setParameter(1, names.toArray(String[]::new)).getSingleResult()).longValue());
            assertEquals(names.size(), stored, "acknowledged writes lost after the crash; answers " + statuses);
            assertTrue(unexpected.isEmpty(), "while the database was killed the API answered " + statuses + ": " + unexpected);
        } finally {
            DatabaseFaults.stop();
            DatabaseFaults.start(Durability.THROWAWAY);
            awaitRecovery(institution);
        }
    }
}
