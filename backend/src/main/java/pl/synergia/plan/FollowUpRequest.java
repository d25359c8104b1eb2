package pl.synergia.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What became of the person at a checkpoint after the plan (the lead institution)")
public record FollowUpRequest(
        @Schema(required = true) @NotNull FollowUp.Checkpoint checkpoint,
        @Schema(required = true) @NotNull FollowUp.Status status,
        @Schema(required = true, description = "When it was found out; not before the checkpoint's day") @NotNull @PastOrPresent LocalDate observedOn,
        @Schema(nullable = true) @Size(max = 2000) String notes) {
}
