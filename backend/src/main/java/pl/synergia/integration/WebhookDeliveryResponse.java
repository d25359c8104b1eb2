package pl.synergia.integration;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One event delivered (or to be delivered) to a subscription")
public record WebhookDeliveryResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The CloudEvent id, also the webhook-id header of every attempt") UUID eventId,
        @Schema(required = true) String eventType,
        @Schema(required = true) WebhookDelivery.Status status,
        @Schema(required = true) int attempts,
        @Schema(nullable = true, description = "When the next attempt is due (PENDING only)") Instant nextAttemptAt,
        @Schema(nullable = true) Instant lastAttemptAt,
        @Schema(nullable = true, description = "HTTP status of the last answer") Integer lastStatus,
        @Schema(nullable = true, description = "Kind of the last failure without an answer: TIMEOUT, CONNECTION, TLS, UNKNOWN_HOST, "
                + "INTERNAL_ADDRESS, INVALID_URL") String lastError,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant deliveredAt) {

    static WebhookDeliveryResponse of(WebhookDelivery d) {
        return new WebhookDeliveryResponse(d.id, d.eventId, d.eventType, d.status, d.attempts,
                d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null, d.lastAttemptAt, d.lastStatus, d.lastError,
                d.createdAt, d.deliveredAt);
    }
}
