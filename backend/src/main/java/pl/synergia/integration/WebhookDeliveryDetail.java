package pl.synergia.integration;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A delivery with every attempt (no response bodies are kept)")
public record WebhookDeliveryDetail(
        @Schema(required = true) WebhookDeliveryResponse delivery,
        @Schema(required = true, description = "The CloudEvent as sent") CloudEvent event,
        @Schema(required = true, description = "Oldest first") List<Attempt> attempts) {

    @Schema(name = "WebhookAttempt", description = "One attempt: when, how long, the answer's status or the kind of failure")
    public record Attempt(
            @Schema(required = true) int attempt,
            @Schema(required = true) Instant attemptedAt,
            @Schema(required = true) int durationMs,
            @Schema(nullable = true) Integer status,
            @Schema(nullable = true) String error) {

        static Attempt of(WebhookAttempt a) {
            return new Attempt(a.attempt, a.attemptedAt, a.durationMs, a.status, a.error);
        }
    }
}
