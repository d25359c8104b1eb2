package pl.synergia.partnership;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One entry of a partnership's history (append-only). */
@Entity
@Immutable
@Table(name = "partnership_event")
public class PartnershipEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;
    @Column(name = "actor_subject", nullable = false, updatable = false)
    public String actorSubject;
    @Column(name = "actor_name", nullable = false, updatable = false)
    public String actorName;
    @Column(name = "actor_institution_id", updatable = false)
    public UUID actorInstitutionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PartnershipAction action;
    @Column(nullable = false, updatable = false)
    public String summary;
}
