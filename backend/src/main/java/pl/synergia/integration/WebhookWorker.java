package pl.synergia.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due webhook deliveries, safely with any number of backend instances: each delivery is
 * taken in a transaction of its own with {@code FOR UPDATE SKIP LOCKED}, so while one instance
 * sends it, the others pass it by; its row stays locked until the attempt is recorded. A failure
 * schedules the next attempt ({@link RetryPolicy}); a day of failures, or 410 Gone, disables the
 * subscription and fails what it still had pending. Every attempt is logged without the answer's body.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    private static final String NEXT_DUE = """
            select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
            where d.status = 'PENDING' and d.next_attempt_at <= ?1 and s.enabled
            order by d.next_attempt_at, d.id limit 1
            for update of d skip locked""";

    @Inject
    EntityManager em;

    @Inject
    WebhookSender sender;

    @Inject
    WebhooksConfig config;

    @Inject
    Clock clock;

    @Scheduled(identity = "webhook-delivery", every = "{synergia.webhooks.deliver-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        deliverDue();
    }

    /**
     * Attempts the deliveries due now, at most a batch; the others wait for the next run.
     *
     * @return attempts made
     */
    public int deliverDue() {
        int attempted = 0;
        while (attempted < config.batchSize()) {
            boolean one;
            try {
                one = QuarkusTransaction.requiringNew().call(this::attemptNext);
            } catch (RuntimeException e) {
                // no URL, payload or exception message in the log: they may name records
                LOG.warnf("webhook delivery attempt failed to be recorded; it is tried again (%s)", e.getClass().getName());
                return attempted;
            }
            if (!one) {
                break;
            }
            attempted++;
        }
        return attempted;
    }

    private boolean attemptNext() {
        Instant now = clock.instant();
        List<?> due = em.createNativeQuery(NEXT_DUE).setParameter(1, now).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        WebhookDelivery delivery = em.find(WebhookDelivery.class, (UUID) due.get(0));
        WebhookSubscription subscription = em.find(WebhookSubscription.class, delivery.subscriptionId);
        Map<String, String> headers = new LinkedHashMap<>();
        String id = delivery.eventId.toString();
        long timestamp = now.getEpochSecond();
        headers.put("Content-Type", CloudEvent.MEDIA_TYPE + "; charset=utf-8");
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(subscription.secret, id, timestamp, delivery.payload));
        WebhookSender.Outcome outcome = sender.post(subscription.url, headers, delivery.payload, now);
        record(delivery, subscription, outcome, now);
        return true;
    }

    private void record(WebhookDelivery delivery, WebhookSubscription subscription, WebhookSender.Outcome outcome, Instant now) {
        delivery.attempts++;
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attempt = delivery.attempts;
        attempt.attemptedAt = now;
        attempt.durationMs = outcome.durationMs();
        attempt.status = outcome.status();
        attempt.error = outcome.error();
        em.persist(attempt);
        delivery.lastAttemptAt = now;
        delivery.lastStatus = outcome.status();
        delivery.lastError = outcome.error();
        if (outcome.delivered()) {
            delivery.status = WebhookDelivery.Status.DELIVERED;
            delivery.deliveredAt = now;
            delivery.nextAttemptAt = null;
            if (subscription.failingSince != null) {
                em.createQuery("update WebhookSubscription s set s.failingSince = null where s.id = :id")
                        .setParameter("id", subscription.id).executeUpdate();
            }
            return;
        }
        RetryPolicy policy = RetryPolicy.of(config);
        if (outcome.status() != null && outcome.status() == 410) {
            disable(subscription, WebhookSubscription.DisabledReason.GONE, now);
            return;
        }
        Instant failingSince = subscription.failingSince == null ? now : subscription.failingSince;
        if (subscription.failingSince == null) {
            em.createQuery("update WebhookSubscription s set s.failingSince = :now where s.id = :id and s.failingSince is null")
                    .setParameter("now", now).setParameter("id", subscription.id).executeUpdate();
        }
        if (policy.giveUp(failingSince, now)) {
            disable(subscription, WebhookSubscription.DisabledReason.FAILING, now);
            return;
        }
        delivery.nextAttemptAt = now.plus(policy.delay(delivery.attempts, outcome.retryAfter(),
                () -> ThreadLocalRandom.current().nextDouble()));
    }

    /** Disables the subscription and fails what it had pending; the change feed still has every event. */
    private void disable(WebhookSubscription subscription, WebhookSubscription.DisabledReason reason, Instant now) {
        em.createQuery("update WebhookSubscription s set s.enabled = false, s.disabledReason = :reason, s.disabledAt = :now, "
                + "s.updatedAt = :now, s.version = s.version + 1 where s.id = :id and s.enabled = true")
                .setParameter("reason", reason).setParameter("now", now).setParameter("id", subscription.id).executeUpdate();
        em.flush();
        em.createQuery("update WebhookDelivery d set d.status = pl.synergia.integration.WebhookDelivery.Status.FAILED, "
                + "d.nextAttemptAt = null where d.subscriptionId = :id and d.status = pl.synergia.integration.WebhookDelivery.Status.PENDING")
                .setParameter("id", subscription.id).executeUpdate();
        LOG.warnf("webhook subscription %s of client %s disabled: %s", subscription.id, subscription.clientId, reason);
    }
}
