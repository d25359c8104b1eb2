package pl.synergia.directory;

import pl.synergia.shared.institution.InstitutionType;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.territory.GminaRef;

@Schema(description = "An institution of the directory")
public record InstitutionResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) InstitutionType type,
        @Schema(required = true) String name,
        @Schema(required = true) GminaRef gmina,
        @Schema(required = true) Address address,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version; send it back when updating") long version) {
}
