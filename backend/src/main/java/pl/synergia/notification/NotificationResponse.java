package pl.synergia.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.events.EventType;

@Schema(description = "A notification for the caller's institution, in the caller's language; it names no person")
public record NotificationResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) EventType type,
        @Schema(required = true, description = "What happened, one sentence in the language of Accept-Language (pl or en)") String title,
        @Schema(required = true) OffsetDateTime occurredAt,
        @Schema(required = true, description = "Read by the caller (read state is per user)") boolean read,
        @Schema(required = true) LinkTarget link) {
}
