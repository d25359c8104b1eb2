package pl.synergia.directory;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.catalogue.ServiceRef;

@Schema(description = "An offering with the institution that offers it (when reading changes, also a suspended, ended or removed one)")
public record OfferingListing(
        @Schema(required = true) UUID id,
        @Schema(required = true) ServiceRef service,
        @Schema(required = true) InstitutionSummary institution,
        @Schema(nullable = true) Integer places,
        @Schema(nullable = true) String schedule,
        @Schema(nullable = true) String contact,
        @Schema(nullable = true, description = "null when removed") OfferingStatus status,
        @Schema(required = true, description = "The institution removed this offering (only when reading changes); the other "
                + "fields except id, service and institution are then null") boolean removed,
        @Schema(required = true, description = "When the offering last changed, or was removed") Instant updatedAt) {
}
