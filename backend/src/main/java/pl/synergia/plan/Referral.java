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
import jakarta.persistence.Version;

import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** One institution asking another to take a step of a plan (e.g. an OPS referring a person to a CIS). */
@Entity
@Table(name = "referral")
public class Referral {

    public enum Status {
        SENT, ACCEPTED, REJECTED, DONE, WITHDRAWN;

        /** Open: the receiving institution takes part in the plan. */
        public boolean open() {
            return this == ACCEPTED;
        }
    }

    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;
    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;
    @Column(name = "from_institution_id", nullable = false, updatable = false)
    public UUID fromInstitutionId;
    @Column(name = "to_institution_id", nullable = false, updatable = false)
    public UUID toInstitutionId;
    @Column(name = "service_code", updatable = false)
    public String serviceCode;
    @Column(nullable = false, updatable = false)
    public String message;
    @Column(name = "response_due", nullable = false, updatable = false)
    public LocalDate responseDue;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.SENT;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Column(name = "sent_by", nullable = false, updatable = false)
    public String sentBy;
    @Column(name = "sent_at", nullable = false, updatable = false)
    public Instant sentAt;
    @Column(name = "responded_by")
    public String respondedBy;
    @Column(name = "responded_at")
    public Instant respondedAt;
    /** Set by the database to the start of the writing transaction (V70), read back after each write; the sync order. */
    @Generated(event = { EventType.INSERT, EventType.UPDATE })
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;
    @Version
    @Column(nullable = false)
    public long version;
}
