package pl.synergia.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

/** The pure rules of webhooks: the signature (against the Standard Webhooks library) and the retry schedule. */
class WebhookRulesTest {

    @Test
    void ourSignatureIsTheOneTheStandardWebhooksLibraryComputesAndVerifies() throws Exception {
        for (int i = 0; i < 20; i++) {
            String secret = WebhookSignature.newSecret();
            String id = UUID.randomUUID().toString();
            long timestamp = Instant.now().getEpochSecond();
            String body = "{\"specversion\":\"1.0\",\"data\":{\"n\":\"" + i + "\",\"ż\":\"ółć\"}}";
            String ours = WebhookSignature.sign(secret, id, timestamp, body);
            assertEquals(new Webhook(secret).sign(id, timestamp, body), ours);
            new Webhook(secret).verify(body, Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                    "webhook-signature", List.of(ours)));
        }
    }

    @Test
    void secretsAreWhsecWithThirtyTwoRandomBytesAndIdsMayNotHoldAFullStop() {
        String a = WebhookSignature.newSecret();
        String b = WebhookSignature.newSecret();
        assertTrue(a.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(a.substring(6)).length);
        assertFalse(a.equals(b));
        assertThrows(IllegalArgumentException.class, () -> WebhookSignature.sign(a, "msg.1", 1L, "{}"));
    }

    @Test
    void retriesWaitExponentiallyWithJitterUpToTheCapAndHonourRetryAfter() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24));
        assertEquals(Duration.ofSeconds(5), policy.delay(1, null, () -> 0.5));
        assertEquals(Duration.ofSeconds(10), policy.delay(2, null, () -> 0.5));
        assertEquals(Duration.ofSeconds(20), policy.delay(3, null, () -> 0.5));
        assertEquals(Duration.ofSeconds(4), policy.delay(1, null, () -> 0.0));
        assertEquals(Duration.ofMillis(5800), policy.delay(1, null, () -> 0.9));
        assertEquals(Duration.ofHours(1), policy.delay(20, null, () -> 0.5));
        assertEquals(Duration.ofHours(1), policy.delay(1000, null, () -> 0.99));
        assertEquals(Duration.ofSeconds(90), policy.delay(1, Duration.ofSeconds(90), () -> 0.5));
        assertEquals(Duration.ofSeconds(5), policy.delay(1, Duration.ofSeconds(2), () -> 0.5));
        assertEquals(Duration.ofHours(1), policy.delay(1, Duration.ofDays(3), () -> 0.5));
    }

    @Test
    void aSubscriptionIsGivenUpAfterADayOfFailures() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24));
        Instant since = Instant.parse("2027-01-01T10:00:00Z");
        assertFalse(policy.giveUp(null, since));
        assertFalse(policy.giveUp(since, since.plus(Duration.ofHours(23)).plusSeconds(3599)));
        assertTrue(policy.giveUp(since, since.plus(Duration.ofHours(24))));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2027-01-01T10:00:00Z");
        assertEquals(Duration.ofSeconds(120), WebhookSender.retryAfter("120", now));
        assertEquals(Duration.ofSeconds(30), WebhookSender.retryAfter("Fri, 01 Jan 2027 10:00:30 GMT", now));
        assertEquals(Duration.ZERO, WebhookSender.retryAfter("Fri, 01 Jan 2027 09:00:00 GMT", now));
        assertEquals(null, WebhookSender.retryAfter("soon", now));
        assertEquals(null, WebhookSender.retryAfter(null, now));
    }
}
