package pl.synergia.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.territory.GminaRef;

@Schema(description = "An ACTIVE partnership as the public sees it: the signed text (in the detail only; null in lists) "
        + "and its signatories; no history, no ZSL, no employee's name")
public record PublicPartnership(
        @Schema(required = true) UUID id,
        @Schema(required = true) GminaRef gmina,
        @Schema(required = true) PartnershipKind kind,
        @Schema(required = true) String title,
        @Schema(required = true) String goals,
        @Schema(required = true) String legalCharacter,
        @Schema(required = true) Instant activatedAt,
        @Schema(required = true) List<PublicSignatory> signatories,
        @Schema(nullable = true) PublicText signedText) {

    @Schema(name = "PublicSignatory", description = "A joined signatory of a public act: an institution's name, or a private person's name and function")
    public record PublicSignatory(
            @Schema(required = true) String name,
            @Schema(nullable = true, description = "Set for an institution") InstitutionType institutionType,
            @Schema(nullable = true, description = "A private person's function, e.g. Sołtys") String function,
            @Schema(required = true) LocalDate joinedOn) {
    }
}
