package pl.synergia.catalogue;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A legal act (regime) and the dates its rules apply")
public record LegalRegimeResponse(
        @Schema(required = true) String code,
        @Schema(required = true) String namePl,
        @Schema(required = true) String nameEn,
        @Schema(nullable = true, description = "Full Polish title of the act") String actPl,
        @Schema(nullable = true) LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo) {
}
