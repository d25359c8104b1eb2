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
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A step of a plan: owned by one institution (only it edits the step), using one catalogue service. */
@Entity
@Table(name = "plan_step")
public class PlanStep {
    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;
    @Column(name = "goal_id")
    public UUID goalId;
    @Column(name = "owner_institution_id", nullable = false, updatable = false)
    public UUID ownerInstitutionId;
    @Column(name = "service_code", nullable = false)
    public String serviceCode;
    @Column(name = "offering_id")
    public UUID offeringId;
    @Column(nullable = false)
    public String title;
    @Column(name = "planned_start", nullable = false)
    public LocalDate plannedStart;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    @Column(name = "actual_start")
    public LocalDate actualStart;
    @Column(name = "actual_end")
    public LocalDate actualEnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepStatus status = StepStatus.PLANNED;
    public String notes;
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    @Column(nullable = false)
    public long version;
}
