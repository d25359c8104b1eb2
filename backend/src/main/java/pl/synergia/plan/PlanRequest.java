package pl.synergia.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Start a plan: the caller's institution leads it")
public record PlanRequest(
        @Schema(required = true) @NotNull UUID clientId,
        @Schema(required = true) @NotBlank @Size(max = 300) String title,
        @Schema(required = true) @NotNull LocalDate periodFrom,
        @Schema(nullable = true) LocalDate periodTo,
        @Schema(nullable = true, description = "Goals, in order") @Size(max = 20) List<@NotBlank @Size(max = 2000) String> goals,
        @Schema(nullable = true, description = "Other participating institutions (the lead is always on the team)") @Size(max = 20) List<@NotNull UUID> team,
        @Schema(nullable = true, description = "The day an agreement under the 2004 employment act (e.g. an internship contract) was "
                + "signed, before 1 June 2025: the plan then runs under the 2004 act whatever its start") LocalDate regimeAgreementSignedOn) {
}
