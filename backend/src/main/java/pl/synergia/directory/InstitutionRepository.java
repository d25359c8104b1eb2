package pl.synergia.directory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.persistence.Where;
import pl.synergia.shared.web.SortField.Sort;
import pl.synergia.shared.web.SyncCursor;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, UUID> {

    @Inject
    CatalogueLookup catalogue;

    private static final String WITH_TERRITORY = " from Institution i join fetch i.gmina g join fetch g.powiat p "
            + "join fetch p.voivodeship v";

    public List<Institution> search(InstitutionFilter filter, Sort<InstitutionSort> sort, int page, int size) {
        Where where = where(filter);
        return where.bind(getEntityManager().createQuery(
                "select i" + WITH_TERRITORY + where.clause() + " order by " + sort.orderBy(), Institution.class))
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * Entries matching the filter (deactivated ones included) changed after the cursor and before the
     * horizon, oldest change first: one page of a sync.
     */
    public List<Institution> changed(InstitutionFilter filter, SyncCursor after, Instant horizon, int size) {
        Where where = changedWhere(filter, after, horizon);
        return where.bind(getEntityManager().createQuery(
                "select i" + WITH_TERRITORY + where.clause() + " order by i.updatedAt, i.id", Institution.class))
                .setMaxResults(size)
                .getResultList();
    }

    /** How many changes {@link #changed} would return without a page size. */
    public long countChanged(InstitutionFilter filter, SyncCursor after, Instant horizon) {
        Where where = changedWhere(filter, after, horizon);
        return where.bind(getEntityManager().createQuery(
                "select count(i) from Institution i join i.gmina g" + where.clause(), Long.class)).getSingleResult();
    }

    private Where changedWhere(InstitutionFilter filter, SyncCursor after, Instant horizon) {
        return where(filter)
                .and("(i.updatedAt, i.id) > (:syncAt, :syncId)", "syncAt", after.updatedAt(), "syncId", after.id())
                .and("i.updatedAt < :horizon", "horizon", horizon);
    }

    /** Ids of every match in sort order; the export then loads them a batch at a time. */
    public List<UUID> searchIds(InstitutionFilter filter, Sort<InstitutionSort> sort) {
        Where where = where(filter);
        return where.bind(getEntityManager().createQuery(
                "select i.id from Institution i join i.gmina g join g.powiat p join p.voivodeship v" + where.clause()
                        + " order by " + sort.orderBy(), UUID.class))
                .getResultList();
    }

    /** The entries with these ids, with territory and operator, in the order of {@code ids}. */
    public List<Institution> findAllWithTerritory(List<UUID> ids) {
        Map<UUID, Institution> byId = new HashMap<>();
        getEntityManager().createQuery("select i" + WITH_TERRITORY + " left join fetch i.operator where i.id in :ids",
                Institution.class).setParameter("ids", ids).getResultStream().forEach(i -> byId.put(i.id, i));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Active entries holding an official status of these kinds that ends between {@code from} and
     * {@code to} (both included), with the operator, for the time-based status events.
     */
    public List<Institution> statusEndingBetween(Collection<OfficialStatusKind> kinds, java.time.LocalDate from,
            java.time.LocalDate to) {
        return getEntityManager().createQuery("select i from Institution i left join fetch i.operator where i.active = true "
                + "and i.statusKind in :kinds and i.statusValidTo between :from and :to order by i.statusValidTo, i.id",
                Institution.class).setParameter("kinds", kinds).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Active entries of these types in the units under a TERYT prefix, by name (the prefix index). */
    public java.util.List<pl.synergia.shared.institution.InstitutionRef> activeIn(String terytPrefix,
            Collection<pl.synergia.shared.institution.InstitutionType> types) {
        if (types.isEmpty()) {
            return java.util.List.of();
        }
        return getEntityManager().createQuery("select new pl.synergia.shared.institution.InstitutionRef(i.id, i.name, i.type) "
                + "from Institution i where i.active = true and i.gmina.teryt like :prefix and i.type in :types order by i.name, i.id",
                pl.synergia.shared.institution.InstitutionRef.class)
                .setParameter("prefix", terytPrefix.replace("%", "").replace("_", "") + "%").setParameter("types", Set.copyOf(types))
                .getResultList();
    }

    /** The contact e-mail of each of these active entries that has one. */
    public Map<UUID, String> contactEmails(Collection<UUID> ids) {
        Map<UUID, String> found = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select i.id, i.email from Institution i where i.id in :ids and i.active = true "
                    + "and i.email is not null", Object[].class).setParameter("ids", Set.copyOf(ids)).getResultStream()
                    .forEach(row -> found.put((UUID) row[0], (String) row[1]));
        }
        return found;
    }

    /** Entries by external identifier, for the import's upsert. */
    public Map<String, Institution> findByExternalIds(java.util.Collection<String> externalIds) {
        Map<String, Institution> found = new HashMap<>();
        if (!externalIds.isEmpty()) {
            getEntityManager().createQuery("select i from Institution i left join fetch i.gmina left join fetch i.operator "
                    + "where i.externalId in :ids", Institution.class).setParameter("ids", externalIds)
                    .getResultStream().forEach(i -> found.put(i.externalId, i));
        }
        return found;
    }

    /** External identifier → id of every entry that has one. */
    public Map<String, UUID> externalIdIndex() {
        Map<String, UUID> index = new HashMap<>();
        getEntityManager().createQuery("select i.externalId, i.id from Institution i where i.externalId is not null",
                Object[].class).getResultStream().forEach(row -> index.put((String) row[0], (UUID) row[1]));
        return index;
    }

    public long count(InstitutionFilter filter) {
        Where where = where(filter);
        return where.bind(getEntityManager().createQuery(
                "select count(i) from Institution i join i.gmina g" + where.clause(), Long.class)).getSingleResult();
    }

    public Optional<Institution> findWithTerritory(UUID id) {
        return getEntityManager()
                .createQuery("select i" + WITH_TERRITORY + " left join fetch i.operator where i.id = :id", Institution.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** Loads the entry for a change, locking its row so concurrent changes to it are serialised. */
    public Optional<Institution> findForUpdate(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Institution.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Institution> operatedBy(UUID operatorId) {
        return getEntityManager().createQuery(
                "select i from Institution i where i.operator.id = :id order by i.name, i.id", Institution.class)
                .setParameter("id", operatorId).getResultList();
    }

    /** Name and type of the entries with these ids, in one query; unknown ids are left out. */
    public Map<UUID, InstitutionRef> refs(Collection<UUID> ids) {
        Map<UUID, InstitutionRef> found = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select new pl.synergia.shared.institution.InstitutionRef(i.id, i.name, i.type) "
                    + "from Institution i where i.id in :ids", InstitutionRef.class).setParameter("ids", new java.util.HashSet<>(ids))
                    .getResultStream().forEach(r -> found.put(r.id(), r));
        }
        return found;
    }

    /** The official statuses of those of these institutions that have one. */
    public Map<UUID, pl.synergia.shared.institution.OfficialStatusRef> officialStatuses(Collection<UUID> ids) {
        Map<UUID, pl.synergia.shared.institution.OfficialStatusRef> found = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select i.id, i.statusKind, i.statusValidFrom, i.statusValidTo from Institution i "
                    + "where i.id in :ids and i.statusKind is not null", Object[].class)
                    .setParameter("ids", new java.util.HashSet<>(ids)).getResultStream()
                    .forEach(r -> found.put((UUID) r[0], new pl.synergia.shared.institution.OfficialStatusRef((UUID) r[0],
                            ((OfficialStatusKind) r[1]).name(), (java.time.LocalDate) r[2], (java.time.LocalDate) r[3])));
        }
        return found;
    }

    public Optional<Institution> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    private Where where(InstitutionFilter f) {
        Where where = new Where().containsWords("i.searchText", f.text());
        if (f.types() != null && !f.types().isEmpty()) {
            where.and("i.type in :types", "types", f.types());
        }
        if (f.terytPrefix() != null) {
            // on the institution's own key column (fk(): not through the join), so that the prefix is a
            // range of institution_active_gmina_prefix_idx (V20) instead of a scan of every institution
            where.and("fk(i.gmina) like :teryt", "teryt", f.terytPrefix() + "%");
        }
        if (f.serviceCode() != null) {
            where.and("exists (select 1 from Offering o where o.institution = i and o.serviceCode = :service "
                    + "and o.status = pl.synergia.directory.OfferingStatus.ACTIVE)", "service", f.serviceCode());
        }
        if (f.targetGroup() != null) {
            Set<String> services = catalogue.serviceCodesForTargetGroup(f.targetGroup());
            if (services.isEmpty()) {
                where.and("1 = 0");
            } else {
                where.and("exists (select 1 from Offering o where o.institution = i "
                        + "and o.status = pl.synergia.directory.OfferingStatus.ACTIVE and o.serviceCode in :targetGroupServices)",
                        "targetGroupServices", services);
            }
        }
        if (f.statusValidOn() != null) {
            where.and("i.statusKind is not null and (i.statusValidFrom is null or i.statusValidFrom <= :statusDay) "
                    + "and (i.statusValidTo is null or i.statusValidTo >= :statusDay)", "statusDay", f.statusValidOn());
        }
        if (f.stakeholderRole() != null) {
            where.and("i.stakeholderRole = :role", "role", f.stakeholderRole());
        }
        if (!f.includeInactive()) {
            where.and("i.active = true");
        }
        return where;
    }
}
