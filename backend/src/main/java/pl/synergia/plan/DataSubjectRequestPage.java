package pl.synergia.plan;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the data-protection officer's register")
public record DataSubjectRequestPage(
        @Schema(required = true) List<DataSubjectRequestResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
