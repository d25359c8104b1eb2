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

/** The Local Synergy Team (Zespół Synergii Lokalnej) of a partnership: one per partnership, created with it. */
@Entity
@Table(name = "zsl")
public class Zsl {
    @Id
    @Column(name = "partnership_id")
    public UUID partnershipId;
    @Enumerated(EnumType.STRING)
    @Column(name = "initiator_kind")
    public ZslInitiator initiatorKind;
    @Column(name = "initiator_name")
    public String initiatorName;
    @Column(name = "initiator_institution_id")
    public UUID initiatorInstitutionId;
    @Column(name = "established_on")
    public LocalDate establishedOn;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    @Column(nullable = false)
    public long version;
}
