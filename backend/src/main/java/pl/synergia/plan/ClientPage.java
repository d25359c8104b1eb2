package pl.synergia.plan;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the caller's caseload")
public record ClientPage(
        @Schema(required = true) List<ClientSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true, description = "Number of clients found on all pages, exact up to 1000; when more match, 1000 and "
                + "totalCapped is true (show \"more than 1000\")") long totalItems,
        @Schema(required = true, description = "Number of pages (at least 1) of the totalItems counted") int totalPages,
        @Schema(required = true, description = "More clients match than totalItems says (the count stops at 1000)") boolean totalCapped) {
}
