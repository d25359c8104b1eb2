package pl.synergia.partnership;

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

/** An organisational variant (catalogue, seed 004) the gmina considers or chose, with its variant-specific detail. */
@Entity
@Table(name = "partnership_variant")
public class PartnershipVariant {
    public static final String JOIN_NEIGHBOUR = "JOIN_NEIGHBOURING_GMINA_CIS_KIS";
    public static final String NEW_KIS = "KIS_NEW_BY_OPS_OR_NGO";

    @Id
    public UUID id;
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(name = "variant_code", nullable = false)
    public String variantCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VariantStatus status;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "started_on")
    public LocalDate startedOn;
    @Column(name = "finished_on")
    public LocalDate finishedOn;
    @Column(name = "partner_institution_id")
    public UUID partnerInstitutionId;
    @Enumerated(EnumType.STRING)
    public KisFounder founder;
    @Column(name = "founder_institution_id")
    public UUID founderInstitutionId;
    public String notes;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    @Column(nullable = false)
    public long version;
}
