package pl.synergia.catalogue;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of catalogue entries")
public record ServicePage(
        @Schema(required = true) List<ServiceSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
