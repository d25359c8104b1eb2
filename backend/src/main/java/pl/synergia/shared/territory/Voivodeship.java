package pl.synergia.shared.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Województwo (TERYT 2 digits). Reference data, loaded by migration. */
@Entity
@Immutable
@Table(name = "voivodeship")
public class Voivodeship {
    @Id
    public String code;

    public String name;
}
