package pl.synergia.regional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Public-register figures of the voivodeships on one day")
public record PublicRegionalSummary(
        @Schema(required = true, example = "2025-06") String period,
        @Schema(required = true, description = "The day the figures describe") LocalDate asOf,
        @Schema(required = true) Instant computedAt,
        @Schema(required = true) List<PublicVoivodeship> voivodeships) {
}
