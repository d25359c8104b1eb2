package pl.synergia.shared.importjob;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A CSV import and how far it got")
public record ImportJobResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) ImportJob.Status status,
        @Schema(nullable = true) String fileName,
        @Schema(required = true, description = "Only checked and counted, nothing written") boolean dryRun,
        @Schema(required = true, description = "Data rows in the file (the header row not counted)") int totalRows,
        @Schema(required = true, description = "Rows checked so far") int processedRows,
        @Schema(required = true, description = "Rows written so far (in the still uncommitted transaction while WRITING)") int writtenRows,
        @Schema(required = true, description = "Records created (for a dry run: that would be)") int created,
        @Schema(required = true, description = "Records changed (for a dry run: that would be)") int updated,
        @Schema(required = true, description = "Rows equal to the record already stored") int unchanged,
        @Schema(required = true, description = "Problems found; errors lists the first ones") int errorCount,
        @Schema(required = true) List<ImportRowError> errors,
        @Schema(nullable = true, description = "Why the import failed, when it is not a row error") String failureDetail,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt) {

    public static ImportJobResponse of(ImportJob i) {
        return new ImportJobResponse(i.id, i.status, i.fileName, i.dryRun, i.totalRows, i.processedRows,
                i.writtenRows, i.created, i.updated, i.unchanged, i.errorCount, List.copyOf(i.errors), i.failureDetail,
                i.createdByName, i.createdAt, i.startedAt, i.finishedAt);
    }
}
