package pl.synergia.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One version of an agreement's text. Never changed after it is stored; the version in force
 * when the partnership became ACTIVE is signed, and the database refuses any change to it.
 */
@Entity
@Table(name = "partnership_version")
public class PartnershipVersion {
    @Id
    public UUID id;
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(nullable = false, updatable = false)
    public int number;
    @Column(updatable = false)
    public String note;
    @Column(name = "author_subject", nullable = false, updatable = false)
    public String authorSubject;
    @Column(name = "author_name", nullable = false, updatable = false)
    public String authorName;
    @Column(name = "author_institution_id", updatable = false)
    public UUID authorInstitutionId;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public boolean signed;
    @Column(name = "signed_at")
    public Instant signedAt;
    @Column(name = "discarded_at")
    public Instant discardedAt;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "partnership_version_section", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("position")
    public List<Section> sections = new ArrayList<>();
}
