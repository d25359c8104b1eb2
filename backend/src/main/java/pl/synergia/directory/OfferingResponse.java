package pl.synergia.directory;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.catalogue.ServiceRef;

@Schema(description = "A service offered by an institution")
public record OfferingResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) ServiceRef service,
        @Schema(nullable = true) Integer places,
        @Schema(nullable = true) String schedule,
        @Schema(nullable = true) String contact,
        @Schema(required = true) OfferingStatus status,
        @Schema(required = true) long version) {
}
