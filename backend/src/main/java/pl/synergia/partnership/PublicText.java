package pl.synergia.partnership;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The signed text as the public reads it: what was signed and when, never who in which office wrote
 * the version (an employee's name is not public; issue #13) nor the internal note.
 */
@Schema(name = "PublicPartnershipText", description = "The signed text of an active partnership, without its author or notes")
public record PublicText(
        @Schema(required = true) int number,
        @Schema(required = true) Instant signedAt,
        @Schema(required = true, description = "Document title, e.g. PAKT NA RZECZ MODELU LOKALNEJ WSPÓŁPRACY") String documentTitle,
        @Schema(nullable = true) String documentSubtitle,
        @Schema(required = true) List<VersionResponse.SectionResponse> sections) {

    static PublicText of(VersionResponse version) {
        return new PublicText(version.number(), version.signedAt(), version.documentTitle(), version.documentSubtitle(),
                version.sections());
    }
}
