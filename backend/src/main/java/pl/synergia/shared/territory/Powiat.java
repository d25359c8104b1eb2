package pl.synergia.shared.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Powiat or city with powiat rights (TERYT 4 digits). Reference data, loaded by migration. */
@Entity
@Immutable
@Table(name = "powiat")
public class Powiat {
    @Id
    public String code;

    public String name;

    public String type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "voivodeship_code")
    public Voivodeship voivodeship;
}
