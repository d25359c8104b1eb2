package pl.synergia.regional;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A run of the refresh of the regional figures and how far it got")
public record RefreshResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "CURRENT_YEAR (this year's months and the year), FULL (every year of the "
                + "history and every year with need figures) or YEARS (the years named)") RegionalRefresh.Scope scope,
        @Schema(required = true, description = "The years recomputed (known once the run has started, for FULL)") List<Integer> years,
        @Schema(required = true) RegionalRefresh.Trigger trigger,
        @Schema(required = true) RegionalRefresh.Status status,
        @Schema(required = true, description = "Steps of the run (reading, computing and writing each year, then the MLW list)") int stepsTotal,
        @Schema(required = true) int stepsDone,
        @Schema(nullable = true, description = "What the run is doing now, in English") String currentStep,
        @Schema(required = true, description = "Values written so far") int valuesWritten,
        @Schema(required = true) String requestedBy,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(nullable = true, description = "Why the run failed") String failureDetail) {

    static RefreshResponse of(RegionalRefresh r) {
        return new RefreshResponse(r.id, r.scope, Arrays.stream(r.years).map(Short::intValue).toList(), r.trigger, r.status,
                r.stepsTotal, r.stepsDone, r.currentStep, r.valuesWritten, r.requestedByName, r.createdAt, r.startedAt,
                r.finishedAt, r.failureDetail);
    }
}
