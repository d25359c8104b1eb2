package pl.synergia.notification;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.events.EventType;

/** How one type of event is notified: shown in the application or not, and by e-mail (off, at once, in the daily digest). */
@Schema(name = "NotificationPreference")
public record Preference(
        @Schema(required = true) @NotNull EventType type,
        @Schema(required = true, description = "Shown in the application (the bell and the notifications page)") @NotNull Boolean inApp,
        @Schema(required = true) @NotNull EmailMode email) {
}
