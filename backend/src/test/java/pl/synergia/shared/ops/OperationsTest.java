package pl.synergia.shared.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.testsupport.Prometheus;
import pl.synergia.testsupport.Tokens;

/** What an operator sees: metrics on the management port only, readiness on the main port. */
@QuarkusTest
class OperationsTest {

    @TestHTTPResource(value = "/metrics", management = true) // the management root is /q
    URL metrics;

    @Test
    void metricsCoverHttpThePoolAndTheJvm() {
        given().auth().oauth2(Tokens.user("ewa").roles("staff").sign()).when().get("/api/v1/catalogue/services").then().statusCode(200);
        String scrape = Prometheus.scrape(metrics);
        assertTrue(scrape.contains("http_server_requests_seconds_count{"), "HTTP requests");
        assertTrue(scrape.contains("uri=\"/api/v1/catalogue/services\""), "requests by route template");
        assertTrue(scrape.contains("agroal_active_count"), "connection pool");
        assertTrue(scrape.contains("agroal_awaiting_count"), "threads waiting for a connection");
        assertTrue(scrape.contains("jvm_memory_used_bytes"), "JVM");
    }

    @Test
    void auditRowsAreCounted() {
        double before = Prometheus.sample(Prometheus.scrape(metrics), "synergia_audit_rows_total{outcome=\"DENIED\"}");
        given().auth().oauth2(Tokens.user("analyst").roles("regional-analyst").sign()).when().get("/api/v1/clients")
                .then().statusCode(403);
        long deadline = System.nanoTime() + 10_000_000_000L;
        double after;
        do {
            after = Prometheus.sample(Prometheus.scrape(metrics), "synergia_audit_rows_total{outcome=\"DENIED\"}");
        } while (after == before && System.nanoTime() < deadline);
        assertEquals(before + 1, after, 0.001);
    }

    @Test
    void metricsAreNotOnThePublicPort() {
        given().when().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void readinessStaysOnThePublicPortForTheProxy() {
        given().when().get("/q/health/ready").then().statusCode(200).body(containsString("database"));
    }
}
