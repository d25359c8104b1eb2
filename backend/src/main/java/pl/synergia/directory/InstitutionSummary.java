package pl.synergia.directory;

import pl.synergia.shared.institution.InstitutionType;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.territory.GminaRef;

@Schema(description = "An institution as listed in the directory")
public record InstitutionSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) InstitutionType type,
        @Schema(required = true) String name,
        @Schema(required = true) GminaRef gmina) {
}
