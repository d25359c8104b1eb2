package pl.synergia.partnership;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.territory.GminaRef;

@Schema(description = "A partnership, in a list")
public record PartnershipSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) GminaRef gmina,
        @Schema(required = true) PartnershipKind kind,
        @Schema(required = true) String title,
        @Schema(required = true) PartnershipStatus status,
        @Schema(required = true) InstitutionRef initiator,
        @Schema(required = true) long joinedSignatories,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant activatedAt) {
}
