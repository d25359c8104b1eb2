package pl.synergia.regional;

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

/** A person in the voivodeship's RPW, delegated by an institution in a representative role. */
@Entity
@Table(name = "rpw_member")
public class RpwMember {
    @Id
    public UUID id;
    @Column(nullable = false, updatable = false)
    public String voivodeship;
    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;
    @Column(name = "person_name", nullable = false)
    public String personName;
    @Enumerated(EnumType.STRING)
    @Column(name = "representative_role", nullable = false)
    public RepresentativeRole representativeRole;
    @Column(nullable = false)
    public boolean chair;
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
}
