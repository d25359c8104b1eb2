package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A step of a plan: a catalogue service owned by one team institution (only it edits the step), or
 * a free action with its own text owned by a team institution or by the person (the lead edits
 * the person's steps). It may point to the needs of the diagnosis it answers.
 */
@Entity
@Table(name = "plan_step")
public class PlanStep {
    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;
    @Column(name = "goal_id")
    public UUID goalId;
    /** Null for a step of the person. */
    @Column(name = "owner_institution_id", updatable = false)
    public UUID ownerInstitutionId;
    @Column(name = "owned_by_person", nullable = false, updatable = false)
    public boolean ownedByPerson;
    /** Null for a free action. */
    @Column(name = "service_code")
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
    /** The diagnosis areas (needs) the step answers. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "need_areas", nullable = false)
    public List<String> needAreas = new ArrayList<>();
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    @Column(nullable = false)
    public long version;

    /** The institution responsible for the step: its owner, or for a step of the person the plan's lead. */
    public UUID responsible(ActionPlan plan) {
        return ownedByPerson ? plan.leadInstitutionId : ownerInstitutionId;
    }
}
