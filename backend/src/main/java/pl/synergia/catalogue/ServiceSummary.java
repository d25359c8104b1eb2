package pl.synergia.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionType;

@Schema(description = "A catalogue entry as listed")
public record ServiceSummary(
        @Schema(required = true) String code,
        @Schema(required = true, description = "The instrument; the same kind can exist under several legal regimes") String kind,
        @Schema(required = true) String namePl,
        @Schema(required = true) String nameEn,
        @Schema(nullable = true, description = "Null when no act governs the instrument") CodeLabel legalRegime,
        @Schema(nullable = true) LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        @Schema(required = true, description = "True for instruments that no longer exist, kept as history") boolean historical,
        @Schema(required = true) List<InstitutionType> providerTypes) {
}
