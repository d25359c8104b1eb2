package pl.synergia.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.territory.GminaRef;
import pl.synergia.shared.web.Versioned;

@Schema(description = "An institution of the directory")
public record InstitutionResponse(
        @Schema(required = true) UUID id,
        @Schema(nullable = true) String externalId,
        @Schema(required = true) InstitutionType type,
        @Schema(required = true) StakeholderRole stakeholderRole,
        @Schema(required = true) String name,
        @Schema(required = true) GminaRef gmina,
        @Schema(required = true) Address address,
        @Schema(nullable = true) String legalForm,
        @Schema(nullable = true) String legalBasis,
        @Schema(nullable = true) String statutoryTasks,
        @Schema(nullable = true, description = "The institution that runs this one") InstitutionRef operator,
        @Schema(nullable = true, description = "Who runs it when that is not a directory entry, e.g. a gmina") String operatorName,
        @Schema(required = true, description = "Institutions this one runs") List<InstitutionRef> operates,
        @Schema(required = true) Contacts contacts,
        @Schema(required = true) Identifiers identifiers,
        @Schema(nullable = true) OfficialStatus officialStatus,
        @Schema(nullable = true) OfficialStatusState officialStatusState,
        @Schema(nullable = true) Integer places,
        @Schema(nullable = true, description = "Only for a social cooperative") CooperativeProfile cooperativeProfile,
        @Schema(required = true) List<String> cooperationAreas,
        @Schema(required = true) List<OfferingResponse> offerings,
        @Schema(required = true) boolean active,
        @Schema(required = true, description = "Whether the caller may edit this entry") boolean editable,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Optimistic-locking version, also sent as the ETag; send it back in If-Match when updating") long version) implements Versioned {
}
