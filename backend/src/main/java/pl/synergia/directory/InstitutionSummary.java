package pl.synergia.directory;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.territory.GminaRef;

@Schema(description = "An institution as listed in the directory")
public record InstitutionSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) InstitutionType type,
        @Schema(required = true) StakeholderRole stakeholderRole,
        @Schema(required = true) String name,
        @Schema(required = true) GminaRef gmina,
        @Schema(nullable = true) String city,
        @Schema(required = true) boolean active,
        @Schema(nullable = true, description = "State of the official status today, if the institution has one") OfficialStatusState officialStatusState,
        @Schema(required = true, description = "When the entry or one of its offerings last changed (the order of the changes since "
                + "updatedSince)") Instant updatedAt) {
}
