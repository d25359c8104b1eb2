package pl.synergia.directory;

import java.util.HashMap;
import java.util.Map;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import pl.synergia.shared.institution.InstitutionRef;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, UUID> {

    private static final String WITH_TERRITORY = " from Institution i join fetch i.gmina g join fetch g.powiat p "
            + "join fetch p.voivodeship v";

    /** The TERYT code of the gmina of the institution with this id. */
    public Optional<String> gminaOf(UUID id) {
        @SuppressWarnings("unchecked")
        List<String> found = getEntityManager().createNativeQuery("select gmina_teryt from institution where id = ?1")
                .setParameter(1, id).getResultList();
        return found.stream().findFirst();
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

    /**
     * The key of every entry in an import file → its id: the external identifier, or
     * {@code synergia:<id>} for an entry without one (the export writes that, InstitutionCsv).
     */
    public Map<String, UUID> importKeyIndex() {
        Map<String, UUID> index = new HashMap<>();
        getEntityManager().createQuery("select i.externalId, i.id from Institution i", Object[].class).getResultStream()
                .forEach(row -> index.put(row[0] != null ? (String) row[0] : InstitutionCsv.SYNERGIA_KEY_PREFIX + row[1], (UUID) row[1]));
        return index;
    }

    /** The entries these import keys name (external identifiers or synergia:<id>), by key. */
    public Map<String, Institution> findByImportKeys(java.util.Collection<String> keys) {
        List<UUID> ids = new java.util.ArrayList<>();
        List<String> external = new java.util.ArrayList<>();
        for (String key : keys) {
            if (InstitutionCsv.isSynergiaKey(key)) {
                try {
                    ids.add(UUID.fromString(key.substring(InstitutionCsv.SYNERGIA_KEY_PREFIX.length())));
                } catch (IllegalArgumentException e) {
                    // not an id: names nothing
                }
            } else {
                external.add(key);
            }
        }
        Map<String, Institution> found = findByExternalIds(external);
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select i from Institution i left join fetch i.gmina left join fetch i.operator "
                    + "where i.id in :ids and i.externalId is null", Institution.class).setParameter("ids", ids)
                    .getResultStream().forEach(i -> found.put(InstitutionCsv.importKey(i), i));
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
}
