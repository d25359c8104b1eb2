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

/** A party to a partnership: a directory institution, or a private person (a local leader such as a sołtys). */
@Entity
@Table(name = "partnership_signatory")
public class Signatory {
    @Id
    public UUID id;
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(name = "institution_id", updatable = false)
    public UUID institutionId;
    @Column(name = "person_name", updatable = false)
    public String personName;
    @Column(name = "person_function", updatable = false)
    public String personFunction;
    @Column(name = "representative_name")
    public String representativeName;
    @Column(name = "representative_function")
    public String representativeFunction;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SignatoryStatus status = SignatoryStatus.INVITED;
    @Column(name = "invited_by_subject", nullable = false, updatable = false)
    public String invitedBySubject;
    @Column(name = "invited_by_name", nullable = false, updatable = false)
    public String invitedByName;
    @Column(name = "invited_at", nullable = false, updatable = false)
    public Instant invitedAt;
    @Column(name = "joined_on")
    public LocalDate joinedOn;
    @Column(name = "joined_recorded_by")
    public String joinedRecordedBy;
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "closed_by")
    public String closedBy;
    @Version
    @Column(nullable = false)
    public long version;

    public boolean privatePerson() {
        return institutionId == null;
    }
}
