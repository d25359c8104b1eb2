package pl.synergia.regional;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The value of an indicator for one territorial unit")
public record UnitValue(
        @Schema(required = true, description = "TERYT code: 2 (voivodeship), 4 (powiat) or 7 digits (gmina)", example = "1408011") String unit,
        @Schema(required = true) Indicator.Level level,
        @Schema(required = true, example = "Legionowo") String name,
        @Schema(nullable = true, description = "The powiat of a gmina (names of gminas repeat)", example = "legionowski") String powiatName,
        @Schema(nullable = true, description = "Null when hidden (suppressed) or when there are no data", example = "24.5") BigDecimal value,
        @Schema(nullable = true, description = "For a ratio: what was divided") BigDecimal numerator,
        @Schema(nullable = true, description = "For a ratio: what it was divided by") BigDecimal denominator,
        @Schema(required = true, description = "Hidden: a small count of people, or a value it could be recovered from") boolean suppressed) {
}
