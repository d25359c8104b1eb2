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

@Entity
@Table(name = "plan_outcome")
public class PlanOutcome {
    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutcomeKind kind;
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;
    public String notes;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
