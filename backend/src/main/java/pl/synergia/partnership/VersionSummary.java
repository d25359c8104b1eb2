package pl.synergia.partnership;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(name = "PartnershipVersionSummary", description = "One version of the text, without its sections")
public record VersionSummary(
        @Schema(required = true, description = "1, 2, ...") int number,
        @Schema(nullable = true) String note,
        @Schema(required = true) String author,
        @Schema(nullable = true) InstitutionRef authorInstitution,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "The version in force since activation: signed and frozen") boolean signed,
        @Schema(nullable = true) Instant signedAt,
        @Schema(required = true, description = "Made while the partnership was ACTIVE, i.e. an amendment proposal after signing") boolean amendment) {
}
