package pl.synergia.integration;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a subscription's delivery log, newest first")
public record WebhookDeliveryPage(
        @Schema(required = true) List<WebhookDeliveryResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
