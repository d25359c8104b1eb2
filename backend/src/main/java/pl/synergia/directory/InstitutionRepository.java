package pl.synergia.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, UUID> {

    private static final String WITH_TERRITORY = "from Institution i join fetch i.gmina g join fetch g.powiat p "
            + "join fetch p.voivodeship v";

    public List<Institution> page(InstitutionSort sort, boolean descending, int page, int size) {
        return getEntityManager()
                .createQuery("select i " + WITH_TERRITORY + " order by " + sort.orderBy(descending), Institution.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long countAll() {
        return count();
    }

    public Optional<Institution> findWithTerritory(UUID id) {
        return getEntityManager()
                .createQuery("select i " + WITH_TERRITORY + " where i.id = :id", Institution.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }
}
