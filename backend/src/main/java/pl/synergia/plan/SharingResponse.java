package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "A legal basis of sharing a client's data with an institution")
public record SharingResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) InstitutionRef institution,
        @Schema(required = true) String purpose,
        @Schema(required = true) LegalBasis legalBasis,
        @Schema(nullable = true) String statutoryTask,
        @Schema(required = true) boolean includesSensitive,
        @Schema(required = true) LocalDate givenOn,
        @Schema(required = true) boolean active,
        @Schema(required = true) String recordedBy,
        @Schema(required = true) Instant recordedAt,
        @Schema(nullable = true) Instant withdrawnAt,
        @Schema(nullable = true) String withdrawnBy) {
}
