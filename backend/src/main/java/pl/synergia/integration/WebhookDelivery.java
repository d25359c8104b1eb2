package pl.synergia.integration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event to deliver to one subscription, with the state of its attempts. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "WebhookDeliveryStatus")
    public enum Status {
        /** Waiting for its next attempt (at {@code nextAttemptAt}). */
        PENDING,
        /** The receiver answered 2xx. */
        DELIVERED,
        /** Given up: its subscription was disabled. A manual redelivery makes it pending again. */
        FAILED
    }

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
