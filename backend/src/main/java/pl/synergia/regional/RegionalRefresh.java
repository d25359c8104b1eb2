package pl.synergia.regional;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One run of the refresh of the regional figures: what it recomputes, who asked, how far it got. */
@Entity
@Table(name = "regional_refresh")
public class RegionalRefresh {

    @Schema(name = "RefreshScope")
    public enum Scope {
        /** This calendar year (its months so far and the year): the hourly run. */
        CURRENT_YEAR,
        /** Every year of the history (synergia.regional.refresh.history-years) and every year with need figures. */
        FULL,
        /** The years named (after a need import). */
        YEARS
    }

    @Schema(name = "RefreshTrigger")
    public enum Trigger {
        SCHEDULED, MANUAL, NEED_IMPORT
    }

    @Schema(name = "RefreshStatus")
    public enum Status {
        QUEUED, RUNNING, SUCCEEDED, FAILED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Scope scope;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public Short[] years = new Short[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Trigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "steps_total", nullable = false)
    public int stepsTotal;

    @Column(name = "steps_done", nullable = false)
    public int stepsDone;

    @Column(name = "current_step")
    public String currentStep;

    @Column(name = "values_written", nullable = false)
    public int valuesWritten;

    @Column(name = "requested_by_subject", nullable = false, updatable = false)
    public String requestedBySubject;

    @Column(name = "requested_by_name", nullable = false, updatable = false)
    public String requestedByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "failure_detail")
    public String failureDetail;

    @Version
    @Column(nullable = false)
    public long version;
}
