package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** One individual action plan (IPD) of one person, made jointly by a team of institutions. */
@Entity
@Table(name = "action_plan")
public class ActionPlan {
    @Id
    public UUID id;
    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;
    @Column(name = "lead_institution_id", nullable = false, updatable = false)
    public UUID leadInstitutionId;
    /** Said and printed instead of the id, e.g. "OPS-2026/0042" (PlanNumbers). */
    @Column(nullable = false, updatable = false)
    public String number;

    @Column(nullable = false)
    public String title;
    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;
    @Column(name = "period_to")
    public LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status = PlanStatus.DRAFT;
    /** The employment act the plan runs under (RegimePolicy): by its start, or by an agreement signed before 1 June 2025. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmploymentRegime regime = EmploymentRegime.LABOUR_MARKET_ACT_2025;
    /** The day an agreement under the 2004 act was signed, when one keeps the plan under that act. */
    @Column(name = "regime_agreement_signed_on")
    public LocalDate regimeAgreementSignedOn;
    /** When the plan last became COMPLETED or CLOSED; retention is counted from it. */
    @Column(name = "closed_at")
    public Instant closedAt;
    /** The participating institutions, the lead included. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_member", joinColumns = @JoinColumn(name = "plan_id"))
    public Set<PlanMember> team = new LinkedHashSet<>();
    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    @Column(nullable = false)
    public long version;

    public boolean hasMember(UUID institutionId) {
        return team.stream().anyMatch(m -> m.institutionId.equals(institutionId));
    }
}
