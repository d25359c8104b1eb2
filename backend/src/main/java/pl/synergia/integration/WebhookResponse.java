package pl.synergia.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.web.Versioned;

@Schema(description = "A webhook subscription of the calling system (its secret is shown only when it is created)")
public record WebhookResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String url,
        @Schema(required = true) List<String> eventTypes,
        @Schema(nullable = true) String description,
        @Schema(required = true, description = "Deliveries are made only while enabled") boolean enabled,
        @Schema(nullable = true, description = "Why it is disabled: MANUAL (by the system), FAILING (a day of failed deliveries), "
                + "GONE (the receiver answered 410)") WebhookSubscription.DisabledReason disabledReason,
        @Schema(nullable = true) Instant disabledAt,
        @Schema(nullable = true, description = "Deliveries have failed since then, without a success") Instant failingSince,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Also the ETag, for If-Match") long version) implements Versioned {

    static WebhookResponse of(WebhookSubscription s) {
        return new WebhookResponse(s.id, s.url, List.copyOf(s.eventTypes), s.description, s.enabled, s.disabledReason,
                s.disabledAt, s.failingSince, s.createdAt, s.updatedAt, s.version);
    }
}
