package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "A plan the caller is a referent of")
public record CaseSummary(
        @Schema(required = true) UUID planId,
        @Schema(required = true) String title,
        @Schema(required = true) PlanStatus status,
        @Schema(required = true) PlanResponse.ClientRef client,
        @Schema(required = true) InstitutionRef lead,
        @Schema(required = true) LocalDate periodFrom,
        @Schema(nullable = true) LocalDate periodTo,
        @Schema(required = true, description = "Since when the caller is its referent") Instant referentSince,
        @Schema(required = true, description = "A restriction of processing is in force: the plan can be read, not changed")
        boolean restricted) {
}
