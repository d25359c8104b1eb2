package pl.synergia.regional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator of the catalogue, described like a variable of the GUS Local Data Bank")
public record IndicatorResponse(
        @Schema(required = true, description = "Stable code; recommendations and reports cite it", example = "CIS_KIS_PLACES_PER_10K") String code,
        @Schema(required = true) String namePl,
        @Schema(required = true) String nameEn,
        @Schema(required = true) String definitionPl,
        @Schema(required = true) String definitionEn,
        @Schema(required = true, description = "Unit of the values") Indicator.Unit unit,
        @Schema(required = true, example = "na 10 tys. mieszkańców") String unitPl,
        @Schema(required = true, example = "per 10,000 inhabitants") String unitEn,
        @Schema(required = true) Indicator.Source source,
        @Schema(required = true) String sourcePl,
        @Schema(required = true) String sourceEn,
        @Schema(required = true, description = "STOCK: a state on the last day of the period (the year equals its last month); "
                + "FLOW: events in the period (the year is the sum of its months); RATIO; MEDIAN") Indicator.Measure measure,
        @Schema(required = true) List<Indicator.Level> levels,
        @Schema(required = true) List<Indicator.Periodicity> periodicity,
        @Schema(required = true, description = "Counts of people: values from 1 to k − 1, and the values they could be "
                + "recovered from, are hidden (suppressed)") boolean suppressed,
        @Schema(required = true, description = "Public register figures, shown for every voivodeship and without login") boolean publicRegister,
        @Schema(required = true, description = "What the values are split by (GET .../breakdown)") Indicator.Breakdown breakdown,
        @Schema(nullable = true, description = "For a ratio: the indicator divided") String numerator,
        @Schema(nullable = true, description = "For a ratio: what it is divided by (an indicator code, POPULATION, GMINAS or REFERRALS_ANSWERED)") String denominator,
        @Schema(nullable = true, description = "The latest period computed") String latestPeriod,
        @Schema(nullable = true, description = "The day the latest period's figures describe") LocalDate asOf,
        @Schema(nullable = true, description = "When the latest period was computed") Instant computedAt) {

    static IndicatorResponse of(Indicator i, FigureQueries.PeriodInfo latest) {
        return new IndicatorResponse(i.code(), i.namePl(), i.nameEn(), i.definitionPl(), i.definitionEn(), i.unit(), i.unit().pl,
                i.unit().en, i.source(), i.source().pl, i.source().en, i.measure(), i.levels(),
                i.periodicity().stream().sorted().toList(), i.suppressed(), i.publicRegister(), i.breakdown(), i.numerator(),
                i.denominator(), latest == null ? null : latest.period(), latest == null ? null : latest.asOf(),
                latest == null ? null : latest.computedAt());
    }
}
