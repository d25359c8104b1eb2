package pl.synergia.shared.territory;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Reads of the TERYT dictionary: the units of one level, by name, and one gmina with its powiat and voivodeship. */
@ApplicationScoped
public class TerritoryRepository {

    @Inject
    EntityManager em;

    public List<TerritoryUnit> voivodeships() {
        return em.createQuery("select new pl.synergia.shared.territory.TerritoryUnit(v.code, v.name, null) "
                + "from Voivodeship v order by v.name", TerritoryUnit.class).getResultList();
    }

    /** The powiats of a voivodeship by name; empty when no voivodeship has this code. */
    public Optional<List<TerritoryUnit>> powiatsOf(String voivodeship) {
        if (em.find(Voivodeship.class, voivodeship) == null) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("select new pl.synergia.shared.territory.TerritoryUnit(p.code, p.name, p.type) "
                + "from Powiat p where p.voivodeship.code = :code order by p.name", TerritoryUnit.class)
                .setParameter("code", voivodeship).getResultList());
    }

    /** The gminas of a powiat by name; empty when no powiat has this code. */
    public Optional<List<TerritoryUnit>> gminasOf(String powiat) {
        if (em.find(Powiat.class, powiat) == null) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("select new pl.synergia.shared.territory.TerritoryUnit(g.teryt, g.name, g.type) "
                + "from Gmina g where g.powiat.code = :code order by g.name, g.teryt", TerritoryUnit.class)
                .setParameter("code", powiat).getResultList());
    }

    public Optional<GminaRef> gmina(String teryt) {
        return em.createQuery("select g from Gmina g join fetch g.powiat p join fetch p.voivodeship where g.teryt = :t",
                Gmina.class).setParameter("t", teryt).getResultStream().findFirst().map(GminaRef::of);
    }
}
