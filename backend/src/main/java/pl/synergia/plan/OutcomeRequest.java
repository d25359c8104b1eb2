package pl.synergia.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An outcome of the plan for the person")
public record OutcomeRequest(
        @Schema(required = true) @NotNull OutcomeKind kind,
        @Schema(required = true) @NotNull @PastOrPresent LocalDate occurredOn,
        @Schema(nullable = true) @Size(max = 2000) String notes) {
}
