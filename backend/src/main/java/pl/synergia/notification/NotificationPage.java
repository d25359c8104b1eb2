package pl.synergia.notification;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the caller's notifications, newest first")
public record NotificationPage(
        @Schema(required = true) List<NotificationResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages,
        @Schema(required = true, description = "Unread notifications of the caller, whatever the filter") long unread) {
}
