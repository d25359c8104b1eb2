package pl.synergia.shared.territory;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * Population of a voivodeship, powiat or gmina in one year (GUS BDL). Reference data beside the
 * TERYT register, loaded by migration (V41, data/teryt/population.csv).
 */
@Entity
@Immutable
@IdClass(TerritoryPopulation.Key.class)
@Table(name = "territory_population")
public class TerritoryPopulation {

    /** TERYT code of 2, 4 or 7 digits. */
    @Id
    public String teryt;

    @Id
    public short year;

    /** VOIVODESHIP, POWIAT or GMINA. */
    public String level;

    public int population;

    /** Not in the source: the powiat total minus its other gminas. */
    public boolean derived;

    /** The identity of a row: unit and year. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String teryt;
        public short year;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.teryt.equals(teryt) && k.year == year;
        }

        @Override
        public int hashCode() {
            return teryt.hashCode() * 31 + year;
        }
    }
}
