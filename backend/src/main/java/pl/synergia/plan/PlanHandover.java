package pl.synergia.plan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One change of a plan's referent: named, handed over by the caseworker, or reassigned by a coordinator. */
@Entity
@Immutable
@Table(name = "plan_handover")
public class PlanHandover {

    public enum Kind {
        NAMED, HANDOVER, REASSIGNMENT
    }

    @Id
    public UUID id;
    @Column(name = "plan_id", nullable = false)
    public UUID planId;
    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @Column(name = "from_subject")
    public String fromSubject;
    @Column(name = "from_name")
    public String fromName;
    @Column(name = "to_subject", nullable = false)
    public String toSubject;
    @Column(name = "to_name", nullable = false)
    public String toName;
    public String note;
    @Column(name = "by_subject", nullable = false)
    public String bySubject;
    @Column(name = "by_name", nullable = false)
    public String byName;
    @Column(name = "handed_at", nullable = false)
    public Instant handedAt;
}
