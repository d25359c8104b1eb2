package pl.synergia.integration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One attempt of a delivery: when, how long, and the receiver's status or the kind of failure (never its body). */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    public UUID deliveryId;

    @Column(nullable = false, updatable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    public Instant attemptedAt;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    public int durationMs;

    @Column(updatable = false)
    public Integer status;

    @Column(updatable = false)
    public String error;
}
