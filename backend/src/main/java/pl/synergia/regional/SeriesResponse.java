package pl.synergia.regional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A monthly or yearly series of one indicator for one unit")
public record SeriesResponse(
        @Schema(required = true) String indicator,
        @Schema(required = true) String unit,
        @Schema(required = true) String name,
        @Schema(nullable = true, description = "The part of the breakdown; null for the total") String breakdown,
        @Schema(required = true) Indicator.Periodicity periodicity,
        @Schema(required = true, description = "Counts of people from 1 to k − 1 are hidden") int suppressionThreshold,
        @Schema(required = true, description = "Oldest first; only computed periods") List<Point> points) {

    @Schema(name = "SeriesPoint", description = "The value of one period")
    public record Point(
            @Schema(required = true, example = "2025-03") String period,
            @Schema(required = true) LocalDate asOf,
            @Schema(required = true) Instant computedAt,
            @Schema(nullable = true, description = "Null when hidden or when there are no data") BigDecimal value,
            @Schema(required = true) boolean suppressed) {
    }
}
