package pl.synergia.directory;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a directory entry's history, newest first")
public record InstitutionChangePage(
        @Schema(required = true) List<InstitutionChangeResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
