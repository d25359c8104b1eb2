package pl.synergia.regional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Values of one indicator for the units of one level, one period, one page")
public record ValuePage(
        @Schema(required = true, example = "CIS_KIS_PLACES_PER_10K") String indicator,
        @Schema(required = true) Indicator.Level level,
        @Schema(required = true, example = "2025") String period,
        @Schema(nullable = true, description = "The part of the breakdown; null for the total") String breakdown,
        @Schema(required = true, description = "The day the figures describe (the period's last day, or the day of the refresh)") LocalDate asOf,
        @Schema(required = true, description = "When the figures were computed") Instant computedAt,
        @Schema(required = true, description = "Counts of people from 1 to k − 1 are hidden") int suppressionThreshold,
        @Schema(required = true) List<UnitValue> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
