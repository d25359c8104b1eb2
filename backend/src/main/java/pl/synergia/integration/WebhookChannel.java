package pl.synergia.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import pl.synergia.shared.events.EventChannel;
import pl.synergia.shared.events.PublishedEvent;

/**
 * The webhook channel of the event dispatcher: for every event, one delivery per enabled
 * subscription that chose its type and whose institution is in the event's audience. Written in the
 * dispatcher's transaction (with its cursor) and idempotent (one delivery per subscription and
 * event), so an event handed over again queues nothing twice. The delivery worker sends them.
 */
@ApplicationScoped
public class WebhookChannel implements EventChannel {

    static final String NAME = "webhooks";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deliver(List<PublishedEvent> batch) {
        List<WebhookSubscription> subscriptions = em.createQuery(
                "select s from WebhookSubscription s where s.enabled = true", WebhookSubscription.class).getResultList();
        if (subscriptions.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (PublishedEvent event : batch) {
            String type = event.type().cloudEventType();
            String payload = null;
            for (WebhookSubscription subscription : subscriptions) {
                if (!event.audience().contains(subscription.institutionId) || !subscription.eventTypes.contains(type)) {
                    continue;
                }
                if (payload == null) {
                    payload = payload(CloudEvent.of(event));
                }
                em.createNativeQuery("insert into webhook_delivery (id, subscription_id, event_id, event_type, payload, status, "
                        + "attempts, next_attempt_at, created_at) values (?1, ?2, ?3, ?4, ?5, 'PENDING', 0, ?6, ?6) "
                        + "on conflict (subscription_id, event_id) do nothing")
                        .unwrap(NativeQuery.class)
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, subscription.id)
                        .setParameter(3, event.id())
                        .setParameter(4, type)
                        .setParameter(5, payload)
                        .setParameter(6, now)
                        .executeUpdate();
            }
        }
    }

    private String payload(CloudEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CloudEvent not serialisable", e);
        }
    }
}
