package pl.synergia.plan;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Start an anonymisation run now")
public record AnonymisationRequest(
        @Schema(required = true, description = "Only count what would be anonymised; change nothing") @NotNull Boolean dryRun) {
}
