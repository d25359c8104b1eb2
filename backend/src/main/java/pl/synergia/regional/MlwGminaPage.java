package pl.synergia.regional;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of gminas in the MLW, by name")
public record MlwGminaPage(
        @Schema(nullable = true, description = "When the list was computed") Instant computedAt,
        @Schema(required = true) List<MlwGmina> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
