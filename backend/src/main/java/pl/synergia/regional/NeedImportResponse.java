package pl.synergia.regional;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.importjob.ImportJobResponse;

@Schema(description = "A CSV import of need figures: the import job, the voivodeship it was limited to and the refresh it started")
public record NeedImportResponse(
        @Schema(required = true) ImportJobResponse job,
        @Schema(nullable = true, description = "The importer's voivodeship (a regional analyst); null for an administrator",
                example = "14") String voivodeshipCode,
        @Schema(nullable = true, description = "The refresh of the imported years queued once the figures were written "
                + "(GET /api/v1/regional/refreshes/{id}, administrators); the figures appear when it has finished") UUID refreshId) {

    static NeedImportResponse of(NeedImport job) {
        return new NeedImportResponse(ImportJobResponse.of(job), job.voivodeshipCode, job.refreshId);
    }
}
