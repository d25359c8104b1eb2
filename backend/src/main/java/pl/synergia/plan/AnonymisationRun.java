package pl.synergia.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One run of the retention job: scheduled or started by an administrator, dry or real, with what it changed. */
@Entity
@Table(name = "anonymisation_run")
public class AnonymisationRun {

    @Schema(name = "AnonymisationTrigger", description = "SCHEDULED: the nightly job; MANUAL: started by an administrator")
    public enum Trigger {
        SCHEDULED, MANUAL
    }

    @Id
    public UUID id;
    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;
    @Column(name = "finished_at", nullable = false, updatable = false)
    public Instant finishedAt;
    @Column(name = "dry_run", nullable = false, updatable = false)
    public boolean dryRun;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Trigger trigger;
    @Column(name = "triggered_by_subject", nullable = false, updatable = false)
    public String triggeredBySubject;
    @Column(name = "triggered_by_name", nullable = false, updatable = false)
    public String triggeredByName;
    /** The retention period in force, ISO-8601 (e.g. P6Y). */
    @Column(nullable = false, updatable = false)
    public String retention;
    /** Plans finished before this moment were old enough. */
    @Column(name = "closed_before", nullable = false, updatable = false)
    public Instant closedBefore;
    @Column(nullable = false, updatable = false)
    public int clients;
    @Column(nullable = false, updatable = false)
    public int plans;
    @Column(nullable = false, updatable = false)
    public int steps;
    @Column(nullable = false, updatable = false)
    public int meetings;
    @Column(nullable = false, updatable = false)
    public int outcomes;
    @Column(nullable = false, updatable = false)
    public int referrals;
    @Column(name = "sharing_records", nullable = false, updatable = false)
    public int sharingRecords;
    @Column(name = "special_category_rows", nullable = false, updatable = false)
    public int specialCategoryRows;
}
