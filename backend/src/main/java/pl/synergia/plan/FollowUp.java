package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of the person at one checkpoint after the plan: at exit, 3 or 6 months later. */
@Entity
@Table(name = "plan_follow_up")
public class FollowUp {

    @Schema(name = "FollowUpCheckpoint", description = "EXIT (when the plan was finished), MONTHS_3 and MONTHS_6 (3 and 6 months after)")
    public enum Checkpoint {
        EXIT(0), MONTHS_3(3), MONTHS_6(6);

        private final int months;

        Checkpoint(int months) {
            this.months = months;
        }

        /** The day this checkpoint falls on for a plan finished on {@code exit}. */
        public LocalDate on(LocalDate exit) {
            return exit.plusMonths(months);
        }
    }

    @Schema(name = "FollowUpStatus", description = "EMPLOYED, IN_TRAINING (education or training), UNEMPLOYED or UNKNOWN (no contact)")
    public enum Status {
        EMPLOYED, IN_TRAINING, UNEMPLOYED, UNKNOWN
    }

    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Checkpoint checkpoint;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "observed_on", nullable = false)
    public LocalDate observedOn;
    public String notes;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
