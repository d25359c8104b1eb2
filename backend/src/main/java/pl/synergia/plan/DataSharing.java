package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The legal basis and purpose on which one institution may see a client's data; withdrawal ends it at once. */
@Entity
@Table(name = "data_sharing")
public class DataSharing {
    @Id
    public UUID id;
    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;
    @Column(name = "institution_id", nullable = false, updatable = false)
    public UUID institutionId;
    @Column(nullable = false, updatable = false)
    public String purpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, updatable = false)
    public LegalBasis legalBasis;
    @Column(name = "statutory_task", updatable = false)
    public String statutoryTask;
    /** Whether the special-category data (disability, addiction, ...) is shared too. */
    @Column(name = "includes_sensitive", nullable = false, updatable = false)
    public boolean includesSensitive;
    @Column(name = "given_on", nullable = false, updatable = false)
    public LocalDate givenOn;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "recorded_by_subject", nullable = false, updatable = false)
    public String recordedBySubject;
    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    public String recordedByName;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
    @Column(name = "withdrawn_by_subject")
    public String withdrawnBySubject;
    @Column(name = "withdrawn_by_name")
    public String withdrawnByName;

    public boolean active() {
        return withdrawnAt == null;
    }
}
