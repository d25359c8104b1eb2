package pl.synergia.shared.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Gmina (TERYT 7 digits, the last one the gmina type). Reference data, loaded by migration. */
@Entity
@Immutable
@Table(name = "gmina")
public class Gmina {
    @Id
    public String teryt;

    public String name;

    /** Official NAZWA_DOD, e.g. "gmina miejska". */
    public String type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "powiat_code")
    public Powiat powiat;
}
