package pl.synergia.partnership;

import pl.synergia.shared.web.Versioned;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "An entry of the Gminny Katalog Interesariuszy. ETag (If-Match) is its version")
public record StakeholderResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Institution name or the named person/organisation") String name,
        @Schema(nullable = true) InstitutionRef institution,
        @Schema(required = true) StakeholderSector sector,
        @Schema(required = true) boolean outsideGmina,
        @Schema(nullable = true) String usefulness,
        @Schema(required = true) StakeholderRequest.Resources resources,
        @Schema(required = true) StakeholderCode code,
        @Schema(nullable = true) StakeholderRequest.Scenario influenceScenario,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) implements Versioned {
}
