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

/** An entry of the Gminny Katalog Interesariuszy (seed 004). */
@Entity
@Table(name = "partnership_stakeholder")
public class Stakeholder {
    @Id
    public UUID id;
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(name = "institution_id")
    public UUID institutionId;
    /** A person or organisation outside the directory; null when institutionId is set. */
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StakeholderSector sector;
    @Column(name = "outside_gmina", nullable = false)
    public boolean outsideGmina;
    public String usefulness;
    @Column(name = "resources_technical")
    public String resourcesTechnical;
    @Column(name = "resources_personnel")
    public String resourcesPersonnel;
    @Column(name = "resources_financial")
    public String resourcesFinancial;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StakeholderCode code;
    @Column(name = "scenario_notes")
    public String scenarioNotes;
    @Enumerated(EnumType.STRING)
    @Column(name = "scenario_outcome")
    public ScenarioOutcome scenarioOutcome;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    @Column(nullable = false)
    public long version;
}
