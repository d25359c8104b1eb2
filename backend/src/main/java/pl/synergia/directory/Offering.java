package pl.synergia.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A catalogue service as one institution offers it: places, schedule, contact, status. */
@Entity
@Table(name = "offering")
public class Offering {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    public Institution institution;

    /** The catalogue entry offered, read through {@link pl.synergia.shared.catalogue.CatalogueLookup}. */
    @Column(name = "service_code", nullable = false)
    public String serviceCode;

    public Integer places;
    public String schedule;
    public String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfferingStatus status = OfferingStatus.ACTIVE;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
