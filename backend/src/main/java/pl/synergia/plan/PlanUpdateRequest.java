package pl.synergia.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Change a plan's title, period and goals (the lead institution)")
public record PlanUpdateRequest(
        @Schema(required = true) @NotBlank @Size(max = 300) String title,
        @Schema(required = true) @NotNull LocalDate periodFrom,
        @Schema(nullable = true) LocalDate periodTo,
        @Schema(required = true, description = "The goals in order; a goal without id is new, a goal left out is removed")
        @NotNull @Size(max = 20) List<@Valid @NotNull Goal> goals) {

    @Schema(name = "PlanGoalRequest")
    public record Goal(@Schema(nullable = true) UUID id, @Schema(required = true) @NotBlank @Size(max = 2000) String description) {
    }
}
