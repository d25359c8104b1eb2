package pl.synergia.directory.hsds;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of an HSDS list (the Page object of the HSDS API reference): pages are numbered
 * from 1, {@code size} is the number of entities on this page.
 */
public record HsdsPage<T>(
        @JsonProperty("total_items") @Schema(required = true) long totalItems,
        @JsonProperty("total_pages") @Schema(required = true, description = "At least 1, also when there are no items") int totalPages,
        @JsonProperty("page_number") @Schema(required = true, description = "1-based") int pageNumber,
        @Schema(required = true, description = "Number of entities on this page") int size,
        @JsonProperty("first_page") @Schema(required = true) boolean firstPage,
        @JsonProperty("last_page") @Schema(required = true) boolean lastPage,
        @Schema(required = true, description = "True when this page has no entities") boolean empty,
        @Schema(required = true) List<T> contents) {

    public static <T> HsdsPage<T> of(List<T> contents, HsdsPaging paging, long totalItems) {
        int totalPages = paging.totalPages(totalItems);
        return new HsdsPage<>(totalItems, totalPages, paging.page(), contents.size(), paging.page() == 1,
                paging.page() >= totalPages, contents.isEmpty(), contents);
    }
}
