package pl.synergia.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "A plan, in a list")
public record PlanSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "e.g. OPS-2026/0042") String number,
        @Schema(required = true) String title,
        @Schema(required = true) InstitutionRef lead,
        @Schema(required = true) PlanStatus status,
        @Schema(required = true) LocalDate periodFrom,
        @Schema(nullable = true) LocalDate periodTo,
        @Schema(required = true, description = "Whether the caller's institution may open it") boolean visible) {
}
