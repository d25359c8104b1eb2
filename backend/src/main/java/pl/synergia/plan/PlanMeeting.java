package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A meeting with the client (the PUP must hold one at least every 30 days under the 2025 act). */
@Entity
@Table(name = "plan_meeting")
public class PlanMeeting {
    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;
    @Column(name = "institution_id", nullable = false, updatable = false)
    public UUID institutionId;
    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;
    @Column(nullable = false)
    public String attendees;
    public String notes;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
