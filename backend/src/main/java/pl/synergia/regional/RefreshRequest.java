package pl.synergia.regional;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which figures to recompute")
public record RefreshRequest(
        @Schema(required = true, description = "CURRENT_YEAR, FULL or YEARS (then years)") @NotNull RegionalRefresh.Scope scope,
        @Schema(nullable = true, description = "For YEARS: the calendar years, from ten years ago to this year", maxItems = 20,
                example = "[2024, 2025]") @Size(max = 20) List<Integer> years) {
}
