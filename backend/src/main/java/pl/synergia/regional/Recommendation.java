package pl.synergia.regional;

import java.time.Instant;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recommendation of the region (the voivodeship's ROPS) to a gmina or powiat, resting on indicators. */
@Entity
@Table(name = "recommendation")
public class Recommendation {
    @Id
    public UUID id;
    @Column(nullable = false, updatable = false)
    public String voivodeship;
    @Column(name = "territory_teryt", nullable = false, updatable = false)
    public String territoryTeryt;
    @Column(nullable = false)
    public String text;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> indicators = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecommendationStatus status;
    @Column(name = "closing_reason")
    public String closingReason;
    @Column(name = "issued_by_institution_id", nullable = false, updatable = false)
    public UUID issuedByInstitutionId;
    @Column(name = "issued_by", nullable = false, updatable = false)
    public String issuedBy;
    @Column(name = "issued_at", nullable = false, updatable = false)
    public Instant issuedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    @Column(nullable = false)
    public long version;
}
