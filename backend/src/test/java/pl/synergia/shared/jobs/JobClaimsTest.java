package pl.synergia.shared.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A scheduled time of a job is claimed once, however many instances (here: threads) fire it at once. */
@QuarkusTest
class JobClaimsTest {

    @Inject
    JobClaims claims;

    @Test
    void theSameScheduledTimeIsClaimedOnce() {
        String job = "test-" + UUID.randomUUID();
        Instant night = Instant.parse("2026-12-08T01:30:00Z");
        assertTrue(claims.claim(job, night));
        assertFalse(claims.claim(job, night));
        assertFalse(claims.claim(job, night.plusMillis(250)), "the same second, as another instance's clock may report it");
        assertTrue(claims.claim(job, night.plusSeconds(86_400)), "the next night is a new run");
    }

    @Test
    void concurrentClaimsLeaveExactlyOneWinner() throws Exception {
        String job = "test-" + UUID.randomUUID();
        Instant slot = Instant.parse("2026-12-09T01:30:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attempts.add(() -> claims.claim(job, slot));
            }
            int winners = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                winners += result.get() ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
    }
}
