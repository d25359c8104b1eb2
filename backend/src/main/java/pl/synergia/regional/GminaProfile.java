package pl.synergia.regional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A gmina's indicators beside its powiat's and voivodeship's, for one period, and where it stands in the MLW")
public record GminaProfile(
        @Schema(required = true, example = "1408011") String teryt,
        @Schema(required = true, example = "Legionowo") String name,
        @Schema(required = true, example = "1408") String powiatCode,
        @Schema(required = true, example = "legionowski") String powiatName,
        @Schema(required = true, example = "14") String voivodeshipCode,
        @Schema(required = true, example = "mazowieckie") String voivodeshipName,
        @Schema(required = true, example = "2025-06") String period,
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true) Instant computedAt,
        @Schema(required = true) int suppressionThreshold,
        @Schema(nullable = true, description = "Where the gmina stands in the MLW now; null when it has no Pakt") MlwGmina mlw,
        @Schema(required = true, description = "Every indicator of the period's kind, in catalogue order; a yearly indicator "
                + "in a month's profile is given for that month's year") List<Row> indicators,
        @Schema(required = true, description = "Recommendations of the region to the gmina and to its powiat, newest first "
                + "(at most 100)") List<RecommendationSummary> recommendations) {

    @Schema(name = "GminaProfileRow", description = "One indicator at the three levels")
    public record Row(
            @Schema(required = true) String code,
            @Schema(required = true) String namePl,
            @Schema(required = true) String nameEn,
            @Schema(required = true) Indicator.Unit unit,
            @Schema(required = true) String period,
            @Schema(nullable = true, description = "Null for an indicator not given for gminas") Cell gmina,
            @Schema(required = true) Cell powiat,
            @Schema(required = true) Cell voivodeship) {
    }

    @Schema(name = "GminaProfileCell", description = "A value: null when hidden (suppressed) or when there are no data")
    public record Cell(@Schema(nullable = true) BigDecimal value, @Schema(required = true) boolean suppressed) {
    }
}
