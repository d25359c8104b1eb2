package pl.synergia.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The tombstone of a removed offering, written by the database when the offering row is deleted (V70). */
@Entity
@Immutable
@Table(name = "offering_removal")
public class OfferingRemoval {

    @Id
    @Column(name = "offering_id")
    public UUID offeringId;

    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    @Column(name = "service_code", nullable = false)
    public String serviceCode;

    @Column(name = "removed_at", nullable = false)
    public Instant removedAt;
}
