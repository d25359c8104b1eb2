package pl.synergia.partnership;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A partnership agreement of a gmina's partners: the MLW Pakt or the OPS–PUP–NGO cooperation agreement. */
@Entity
@Table(name = "partnership")
public class Partnership {
    @Id
    public UUID id;
    @Column(name = "gmina_teryt", nullable = false, updatable = false)
    public String gminaTeryt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PartnershipKind kind;
    @Column(name = "template_code", nullable = false, updatable = false)
    public String templateCode;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String goals;
    @Column(name = "separate_agreements")
    public String separateAgreements;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnershipStatus status = PartnershipStatus.DRAFT;
    @Column(name = "initiator_institution_id", nullable = false, updatable = false)
    public UUID initiatorInstitutionId;
    @Column(name = "created_by_subject", nullable = false, updatable = false)
    public String createdBySubject;
    @Column(name = "created_by_name", nullable = false, updatable = false)
    public String createdByName;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "activated_at")
    public Instant activatedAt;
    @Column(name = "dissolved_at")
    public Instant dissolvedAt;
    @Column(name = "dissolution_reason")
    public String dissolutionReason;
    @Column(name = "dissolved_automatically", nullable = false)
    public boolean dissolvedAutomatically;
    @Version
    @Column(nullable = false)
    public long version;
}
