package pl.synergia.plan;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Move a plan to another status")
public record TransitionRequest(@Schema(required = true) @NotNull PlanStatus to) {
}
