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

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request of the data subject in the data-protection officer's register: erasure (GDPR art. 17)
 * or restriction (art. 18), its grounds, the answer deadline and the decision.
 */
@Entity
@Table(name = "data_subject_request")
public class DataSubjectRequest {

    @Schema(name = "DataSubjectRequestKind", description = "ERASURE (GDPR art. 17) or RESTRICTION of processing (art. 18)")
    public enum Kind {
        ERASURE, RESTRICTION
    }

    @Schema(name = "DataSubjectRequestGrounds", description = "The grounds the person invokes: art. 17(1)(a)-(f) for erasure, "
            + "art. 18(1)(a)-(d) for restriction")
    public enum Grounds {
        ART_17_1_A_NO_LONGER_NECESSARY(Kind.ERASURE),
        ART_17_1_B_CONSENT_WITHDRAWN(Kind.ERASURE),
        ART_17_1_C_OBJECTION(Kind.ERASURE),
        ART_17_1_D_UNLAWFUL(Kind.ERASURE),
        ART_17_1_E_LEGAL_OBLIGATION(Kind.ERASURE),
        ART_17_1_F_CHILD_SERVICES(Kind.ERASURE),
        ART_18_1_A_ACCURACY_CONTESTED(Kind.RESTRICTION),
        ART_18_1_B_UNLAWFUL_KEEP(Kind.RESTRICTION),
        ART_18_1_C_LEGAL_CLAIMS(Kind.RESTRICTION),
        ART_18_1_D_OBJECTION_PENDING(Kind.RESTRICTION);

        private final Kind kind;

        Grounds(Kind kind) {
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    @Schema(name = "DataSubjectRequestStatus", description = "OPEN (awaiting the answer), GRANTED (erasure carried out, or the "
            + "restriction in force), REFUSED (with the reason), LIFTED (a restriction that has ended)")
    public enum Status {
        OPEN, GRANTED, REFUSED, LIFTED
    }

    @Id
    public UUID id;
    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;
    @Column(name = "institution_id", nullable = false, updatable = false)
    public UUID institutionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Grounds grounds;
    public String details;
    @Column(name = "received_on", nullable = false, updatable = false)
    public LocalDate receivedOn;
    @Column(name = "due_on", nullable = false, updatable = false)
    public LocalDate dueOn;
    @Column(name = "extended_due_on")
    public LocalDate extendedDueOn;
    @Column(name = "extension_reason")
    public String extensionReason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Column(name = "lifted_on")
    public LocalDate liftedOn;
    @Column(name = "lift_reason")
    public String liftReason;
    @Column(name = "recorded_by_subject", nullable = false, updatable = false)
    public String recordedBySubject;
    @Column(name = "recorded_by_name", nullable = false, updatable = false)
    public String recordedByName;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
    @Version
    @Column(nullable = false)
    public long version;

    /** The day the answer is due: one month after receipt, or the extended day. */
    public LocalDate answerDue() {
        return extendedDueOn != null ? extendedDueOn : dueOn;
    }
}
