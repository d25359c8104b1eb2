package pl.synergia.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import pl.synergia.shared.persistence.Where;
import pl.synergia.shared.web.SyncCursor;

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

    /** Offerings in every status changed after the cursor and before the horizon, oldest first (service null: any). */
    public List<Offering> changed(String serviceCode, String terytPrefix, SyncCursor after, Instant horizon, int size) {
        Where where = changedWhere(serviceCode, terytPrefix, after, horizon);
        return where.bind(getEntityManager().createQuery("select o from Offering o join fetch o.institution i join fetch i.gmina g "
                + "join fetch g.powiat p join fetch p.voivodeship v" + where.clause()
                + " order by o.updatedAt, o.id", Offering.class)).setMaxResults(size).getResultList();
    }

    public long countChanged(String serviceCode, String terytPrefix, SyncCursor after, Instant horizon) {
        Where where = changedWhere(serviceCode, terytPrefix, after, horizon);
        return where.bind(getEntityManager().createQuery("select count(o) from Offering o join o.institution i join i.gmina g"
                + where.clause(), Long.class)).getSingleResult();
    }

    /** Offerings removed after the cursor and before the horizon, oldest first. */
    public List<OfferingRemoval> removed(String serviceCode, String terytPrefix, SyncCursor after, Instant horizon, int size) {
        Where where = removedWhere(serviceCode, terytPrefix, after, horizon);
        return where.bind(getEntityManager().createQuery("select r from OfferingRemoval r" + where.clause()
                + " order by r.removedAt, r.offeringId", OfferingRemoval.class)).setMaxResults(size).getResultList();
    }

    public long countRemoved(String serviceCode, String terytPrefix, SyncCursor after, Instant horizon) {
        Where where = removedWhere(serviceCode, terytPrefix, after, horizon);
        return where.bind(getEntityManager().createQuery("select count(r) from OfferingRemoval r" + where.clause(), Long.class))
                .getSingleResult();
    }

    private static Where changedWhere(String serviceCode, String terytPrefix, SyncCursor after, Instant horizon) {
        Where where = new Where()
                .and("(o.updatedAt, o.id) > (:syncAt, :syncId)", "syncAt", after.updatedAt(), "syncId", after.id())
                .and("o.updatedAt < :horizon", "horizon", horizon);
        if (serviceCode != null) {
            where.and("o.serviceCode = :service", "service", serviceCode);
        }
        if (!terytPrefix.isEmpty()) {
            where.and("fk(i.gmina) like :teryt", "teryt", terytPrefix + "%");
        }
        return where;
    }

    private static Where removedWhere(String serviceCode, String terytPrefix, SyncCursor after, Instant horizon) {
        Where where = new Where()
                .and("(r.removedAt, r.offeringId) > (:syncAt, :syncId)", "syncAt", after.updatedAt(), "syncId", after.id())
                .and("r.removedAt < :horizon", "horizon", horizon);
        if (serviceCode != null) {
            where.and("r.serviceCode = :service", "service", serviceCode);
        }
        if (!terytPrefix.isEmpty()) {
            where.and("r.institutionId in (select i.id from Institution i where fk(i.gmina) like :teryt)", "teryt",
                    terytPrefix + "%");
        }
        return where;
    }

    public long countActiveOfService(String serviceCode, String terytPrefix) {
        return getEntityManager().createQuery(
                "select count(o) from Offering o join o.institution i join i.gmina g" + ACTIVE_OF_SERVICE, Long.class)
                .setParameter("service", serviceCode).setParameter("teryt", terytPrefix + "%").getSingleResult();
    }
}
