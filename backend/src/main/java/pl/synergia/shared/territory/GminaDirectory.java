package pl.synergia.shared.territory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The 2,479 gminas of the TERYT register with their powiat and voivodeship names, held in memory:
 * the register changes only by a migration, so a list shows a gmina without joining three tables
 * on every row (issue #14). Loaded on first use, in one query.
 */
@ApplicationScoped
public class GminaDirectory {

    @Inject
    EntityManager em;

    private volatile Map<String, GminaRef> byTeryt;

    /** The gmina with this TERYT code, if the register has it. */
    public Optional<GminaRef> find(String teryt) {
        return Optional.ofNullable(all().get(teryt));
    }

    /** The gmina with this TERYT code; an unknown code (never the case for a stored key) is an error. */
    public GminaRef get(String teryt) {
        GminaRef gmina = all().get(teryt);
        if (gmina == null) {
            throw new IllegalStateException("Unknown gmina " + teryt);
        }
        return gmina;
    }

    private Map<String, GminaRef> all() {
        Map<String, GminaRef> loaded = byTeryt;
        if (loaded == null) {
            loaded = load();
            byTeryt = loaded;
        }
        return loaded;
    }

    private Map<String, GminaRef> load() {
        Map<String, GminaRef> found = new HashMap<>(4096);
        em.createQuery("select g.teryt, g.name, g.type, p.name, v.name from Gmina g join g.powiat p join p.voivodeship v",
                Object[].class).getResultStream()
                .forEach(r -> found.put((String) r[0], new GminaRef((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4])));
        return Map.copyOf(found);
    }
}
