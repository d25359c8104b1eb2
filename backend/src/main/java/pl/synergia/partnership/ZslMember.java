package pl.synergia.partnership;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import pl.synergia.shared.body.Tenure;

/** A person in the ZSL, delegated by a signatory (Pakt § 2: "oddelegowani ... przedstawiciele Sygnatariuszy"). */
@Entity
@Table(name = "zsl_member")
public class ZslMember {
    @Id
    public UUID id;
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(name = "person_name", nullable = false)
    public String personName;
    @Column(name = "signatory_id", nullable = false)
    public UUID signatoryId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ZslRole role;
    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;
    @Version
    @Column(nullable = false)
    public long version;

    public Tenure tenure() {
        return new Tenure(fromDate, toDate);
    }

    public boolean activeOn(LocalDate day) {
        return tenure().activeOn(day);
    }
}
