package pl.synergia.directory;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of institutions")
public record InstitutionPage(
        @Schema(required = true) List<InstitutionSummary> items,
        @Schema(required = true, description = "0-based page number") int page,
        @Schema(required = true, description = "Page size asked for") int size,
        @Schema(required = true, description = "Number of institutions on all pages") long totalItems,
        @Schema(required = true, description = "Number of pages (at least 1)") int totalPages,
        @Schema(nullable = true, description = "Only when reading changes (updatedSince or after): give it as after to read the "
                + "next changes; on an empty page it is the cursor asked with, to ask again later. Opaque.") String nextCursor) {
}
