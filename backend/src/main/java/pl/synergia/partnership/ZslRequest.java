package pl.synergia.partnership;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who initiated the ZSL and when it was established")
public record ZslRequest(
        @Schema(nullable = true) ZslInitiator initiatorKind,
        @Schema(nullable = true, description = "e.g. Burmistrz Legionowa, Rada Miejska w Legionowie, Kierownik MOPS") @Size(max = 300) String initiatorName,
        @Schema(nullable = true, description = "The directory institution of a designated representative, if any") UUID initiatorInstitutionId,
        @Schema(nullable = true) LocalDate establishedOn) {
}
