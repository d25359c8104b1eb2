package pl.synergia.directory;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of offerings")
public record OfferingPage(
        @Schema(required = true) List<OfferingListing> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages,
        @Schema(nullable = true, description = "Only when reading changes (updatedSince or after): give it as after to read the "
                + "next changes; on an empty page it is the cursor asked with. Opaque.") String nextCursor) {
}
