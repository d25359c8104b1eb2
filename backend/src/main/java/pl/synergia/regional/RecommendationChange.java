package pl.synergia.regional;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a recommendation's history: who moved it, from what to what, when, and why. */
@Entity
@Table(name = "recommendation_history")
public class RecommendationChange {
    @Id
    public UUID id;
    @Column(name = "recommendation_id", nullable = false, updatable = false)
    public UUID recommendationId;
    @Column(nullable = false, updatable = false)
    public Instant at;
    @Column(name = "actor_name", nullable = false, updatable = false)
    public String actorName;
    @Column(name = "actor_institution_id", updatable = false)
    public UUID actorInstitutionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    public RecommendationStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public RecommendationStatus toStatus;
    @Column(updatable = false)
    public String note;
}
