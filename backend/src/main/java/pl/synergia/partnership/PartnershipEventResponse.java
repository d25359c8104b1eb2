package pl.synergia.partnership;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "One entry of a partnership's history")
public record PartnershipEventResponse(
        @Schema(required = true) long id,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, description = "Display name of who did it") String actor,
        @Schema(nullable = true, description = "On behalf of which institution") InstitutionRef actorInstitution,
        @Schema(required = true) PartnershipAction action,
        @Schema(required = true, description = "What happened, in Polish") String summary) {
}
