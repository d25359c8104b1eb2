package pl.synergia.directory;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.catalogue.ServiceRef;

@Schema(description = "An active offering with the institution that offers it")
public record OfferingListing(
        @Schema(required = true) UUID id,
        @Schema(required = true) ServiceRef service,
        @Schema(required = true) InstitutionSummary institution,
        @Schema(nullable = true) Integer places,
        @Schema(nullable = true) String schedule,
        @Schema(nullable = true) String contact) {
}
