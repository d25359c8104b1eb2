package pl.synergia.directory;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OfferingRepository implements PanacheRepositoryBase<Offering, UUID> {

    private static final String ACTIVE_OF_SERVICE = " where o.serviceCode = :service "
            + "and o.status = pl.synergia.directory.OfferingStatus.ACTIVE and i.active = true and g.teryt like :teryt";

    /** Every offering of an institution (the caller orders them by their services' names, which the catalogue holds). */
    public List<Offering> ofInstitution(UUID institutionId) {
        return getEntityManager().createQuery("select o from Offering o where o.institution.id = :id", Offering.class)
                .setParameter("id", institutionId).getResultList();
    }

    /** Active offerings of a service by active institutions in a TERYT area (empty prefix: everywhere). */
    public List<Offering> activeOfService(String serviceCode, String terytPrefix, int page, int size) {
        return getEntityManager().createQuery("select o from Offering o join fetch o.institution i join fetch i.gmina g "
                + "join fetch g.powiat p join fetch p.voivodeship v" + ACTIVE_OF_SERVICE
                + " order by g.name, i.name, o.id", Offering.class)
                .setParameter("service", serviceCode).setParameter("teryt", terytPrefix + "%")
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countActiveOfService(String serviceCode, String terytPrefix) {
        return getEntityManager().createQuery(
                "select count(o) from Offering o join o.institution i join i.gmina g" + ACTIVE_OF_SERVICE, Long.class)
                .setParameter("service", serviceCode).setParameter("teryt", terytPrefix + "%").getSingleResult();
    }
}
