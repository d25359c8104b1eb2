package pl.synergia.shared.importjob;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One CSV import job: who started it, how far it got, and what it found. Each context keeps its
 * jobs in a table of its own (an entity extending this one) with these columns.
 */
@MappedSuperclass
public abstract class ImportJob {

    @Schema(name = "ImportStatus", description = "QUEUED, VALIDATING, WRITING, SUCCEEDED or FAILED")
    public enum Status {
        /** Accepted, waiting for the import before it to finish. */
        QUEUED,
        /** Checking every row; nothing is written yet. */
        VALIDATING,
        /** Every row is valid; writing them in one transaction. */
        WRITING,
        /** Written (or, for a dry run, checked and rolled back). */
        SUCCEEDED,
        /** Rows with errors, or the write failed: nothing was written. */
        FAILED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    @Column(name = "written_rows", nullable = false)
    public int writtenRows;

    @Column(name = "created_count", nullable = false)
    public int created;

    @Column(name = "updated_count", nullable = false)
    public int updated;

    @Column(name = "unchanged_count", nullable = false)
    public int unchanged;

    @Column(name = "error_count", nullable = false)
    public int errorCount;

    /** The first {@link ImportJobs#MAX_REPORTED_ERRORS} row errors. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ImportRowError> errors = new ArrayList<>();

    /** Why the import failed when it is not a row error, in words for the administrator. */
    @Column(name = "failure_detail")
    public String failureDetail;

    @Column(name = "created_by_subject", nullable = false, updatable = false)
    public String createdBySubject;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    public String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
