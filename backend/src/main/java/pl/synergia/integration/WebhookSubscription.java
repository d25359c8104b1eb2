package pl.synergia.integration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A URL of a third-party system that receives the events of chosen types its institution may learn of. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "WebhookDisabledReason")
    public enum DisabledReason {
        /** The client disabled it. */
        MANUAL,
        /** Its deliveries failed for a day without a success. */
        FAILING,
        /** The receiver answered 410 Gone: it wants no more webhooks. */
        GONE
    }

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    public String clientId;

    @Column(name = "institution_id", nullable = false, updatable = false)
    public UUID institutionId;

    @Column(nullable = false)
    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes = new ArrayList<>();

    public String description;

    @Column(nullable = false, updatable = false)
    public String secret;

    @Column(nullable = false)
    public boolean enabled = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "disabled_reason")
    public DisabledReason disabledReason;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
