package pl.synergia.regional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The parts of one indicator's value for one unit and period (e.g. steps by catalogue service)")
public record BreakdownResponse(
        @Schema(required = true, example = "STEPS_STARTED") String indicator,
        @Schema(required = true) Indicator.Breakdown breakdown,
        @Schema(required = true) String unit,
        @Schema(required = true) String name,
        @Schema(required = true) String period,
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true) Instant computedAt,
        @Schema(nullable = true, description = "The total; null when hidden") BigDecimal total,
        @Schema(required = true) boolean totalSuppressed,
        @Schema(required = true, description = "Parts with a value other than 0, or hidden; by key") List<Part> parts) {

    @Schema(name = "BreakdownPart", description = "One part: a catalogue service code, an outcome kind, FROM>TO institution types, a variant or a sector")
    public record Part(
            @Schema(required = true, example = "PUP_INTERNSHIP_2025") String key,
            @Schema(nullable = true, description = "Null when hidden") BigDecimal value,
            @Schema(required = true) boolean suppressed) {
    }
}
