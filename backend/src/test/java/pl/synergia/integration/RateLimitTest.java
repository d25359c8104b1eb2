package pl.synergia.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.testsupport.TestClock;
import pl.synergia.testsupport.Tokens;

/**
 * Rate limits per client, counted in PostgreSQL: the test client "rate-limit-test" may make 5
 * requests a minute (application.properties, %test); the sixth is 429 with Retry-After, and once
 * the bucket refills (12 s a request) it is let through again. People and other clients are not affected.
 */
@QuarkusTest
class RateLimitTest {

    @Inject
    TestClock clock;

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBoundedBurstIsAnswered429ThenTheClientRecovers() {
        Instant t0 = Instant.parse("2027-04-01T08:00:00Z");
        clock.set(t0);
        String limited = Tokens.system("rate-limit-test", null).sign();
        for (int i = 4; i >= 0; i--) {
            given().auth().oauth2(limited).when().get("/api/v1/institutions").then().statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", Integer.toString(i));
        }
        given().auth().oauth2(limited).when().get("/api/v1/institutions").then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", "12")
                .header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", "60")
                .body("status", equalTo(429))
                .body("type", equalTo("urn:synergia:problem:rate-limited"));

        // another client and people are not held back by this one
        given().auth().oauth2(Tokens.system("rate-limit-other", null).sign()).when().get("/api/v1/institutions")
                .then().statusCode(200).header("RateLimit-Limit", "120");
        given().auth().oauth2(Tokens.user("staff").roles("staff").sign()).when().get("/api/v1/institutions")
                .then().statusCode(200).header("RateLimit-Limit", nullValue());

        clock.set(t0.plus(Duration.ofSeconds(11)));
        given().auth().oauth2(limited).when().get("/api/v1/institutions").then().statusCode(429).header("Retry-After", "1");
        clock.set(t0.plus(Duration.ofSeconds(12)));
        given().auth().oauth2(limited).when().get("/api/v1/institutions").then().statusCode(200)
                .header("RateLimit-Remaining", "0");
        clock.set(t0.plus(Duration.ofMinutes(2)));
        given().auth().oauth2(limited).when().get("/api/v1/institutions").then().statusCode(200)
                .header("RateLimit-Remaining", "4");
    }

    @Test
    void everyInstanceCountsAgainstTheSameBucketAndIdleBucketsAreDeleted() {
        clock.set(Instant.parse("2027-05-01T08:00:00Z"));
        // a second backend instance: its own Bucket4j proxy on the same database, nothing shared in memory
        RateLimiter second = new RateLimiter();
        second.dataSource = dataSource;
        second.config = config;
        second.clock = clock;
        second.start();
        String client = "rate-limit-shared";
        assertEquals(2, limiter.take(client).remaining());
        assertEquals(1, second.take(client).remaining());
        assertEquals(0, limiter.take(client).remaining());
        RateLimiter.Decision refused = second.take(client);
        assertFalse(refused.allowed());
        assertEquals(20, refused.retryAfterSeconds());
        assertFalse(limiter.take(client).allowed());

        String key = RateLimiter.key(client, 3, Duration.ofMinutes(1));
        assertEquals(1, buckets(key));
        limiter.purgeIdle(Duration.ofHours(1));
        assertEquals(1, buckets(key), "a bucket used within the hour stays");
        assertTrue(limiter.purgeIdle(Duration.ZERO) >= 1);
        assertEquals(0, buckets(key));
        assertEquals(2, second.take(client).remaining(), "a deleted bucket starts again full");
        assertEquals(Duration.ofMinutes(1), limiter.longestPeriod());
    }

    private long buckets(String key) {
        return ((Number) em.createNativeQuery("select count(*) from rate_limit_bucket where id = :key").setParameter("key", key)
                .getSingleResult()).longValue();
    }
}
