package pl.synergia.partnership;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(name = "PartnershipVersion", description = "One version of the text with all its sections")
public record VersionResponse(
        @Schema(required = true) int number,
        @Schema(nullable = true) String note,
        @Schema(required = true) String author,
        @Schema(nullable = true) InstitutionRef authorInstitution,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) boolean signed,
        @Schema(nullable = true) Instant signedAt,
        @Schema(required = true) boolean amendment,
        @Schema(required = true, description = "Document title, e.g. PAKT NA RZECZ MODELU LOKALNEJ WSPÓŁPRACY") String documentTitle,
        @Schema(nullable = true) String documentSubtitle,
        @Schema(required = true) List<SectionResponse> sections) {

    @Schema(name = "PartnershipSection", description = "One section of the text")
    public record SectionResponse(
            @Schema(nullable = true, description = "e.g. § 1.") String number,
            @Schema(nullable = true, description = "e.g. Preambuła") String heading,
            @Schema(required = true, description = "Plain text; lines separated by \\n") String body) {
    }
}
