package pl.synergia.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many notifications the caller has not read")
public record UnreadCount(@Schema(required = true, minimum = "0") long count) {
}
