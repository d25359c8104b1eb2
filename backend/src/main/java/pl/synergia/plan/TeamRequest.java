package pl.synergia.plan;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The plan's team: every participating institution, the lead included")
public record TeamRequest(@Schema(required = true) @NotNull @Size(min = 1, max = 20) List<@NotNull UUID> institutionIds) {
}
