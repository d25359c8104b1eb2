package pl.synergia.directory;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of institutions")
public record InstitutionPage(
        @Schema(required = true) List<InstitutionSummary> items,
        @Schema(required = true, description = "0-based page number") int page,
        @Schema(required = true, description = "Page size asked for") int size,
        @Schema(required = true, description = "Number of institutions on all pages, exact up to 1000; when more match, "
                + "1000 and totalCapped is true (show \"more than 1000\")") long totalItems,
        @Schema(required = true, description = "Number of pages (at least 1) of the totalItems counted") int totalPages,
        @Schema(required = true, description = "More institutions match than totalItems says (the count stops at 1000)") boolean totalCapped,
        @Schema(required = true, description = "No entry contained the words as typed, so entries with similar words are shown "
                + "(a typo: \"stowarzyszeine\")") boolean similarWords,
        @Schema(nullable = true, description = "Only when reading changes (updatedSince or after): give it as after to read the "
                + "next changes; on an empty page it is the cursor asked with, to ask again later. Opaque.") String nextCursor) {
}
