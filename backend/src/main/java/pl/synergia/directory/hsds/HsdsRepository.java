package pl.synergia.directory.hsds;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import pl.synergia.directory.Institution;
import pl.synergia.directory.Offering;
import pl.synergia.directory.OfficialStatusKind;
import pl.synergia.directory.hsds.HsdsTaxonomies.TermRef;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.persistence.Where;

/** Reads what the HSDS export publishes: active institutions and the offerings of active institutions. */
@ApplicationScoped
public class HsdsRepository {

    /**
     * Filters of the HSDS lists; null means "any". With {@code modifiedAfter}, services modified on or
     * after it and before {@code horizon} (the start of the oldest running transaction), by modification.
     */
    public record Filter(String text, TermRef term, UUID organizationId, Instant modifiedAfter, Instant horizon) {

        public Filter(String text, TermRef term, UUID organizationId) {
            this(text, term, organizationId, null, null);
        }
    }

    private static final String INSTITUTION_WITH_TERRITORY = " from Institution i join fetch i.gmina g join fetch g.powiat p "
            + "join fetch p.voivodeship v left join fetch i.operator op";

    private static final String OFFERING_WITH_ALL = " from Offering o join fetch o.service s join fetch o.institution i "
            + "join fetch i.gmina g join fetch g.powiat p join fetch p.voivodeship v left join fetch i.operator op";

    @Inject
    EntityManager em;

    public List<Institution> organizations(Filter filter, int offset, int limit) {
        Where where = organizationWhere(filter);
        return where.bind(em.createQuery("select i" + INSTITUTION_WITH_TERRITORY + where.clause() + " order by i.name, i.id",
                Institution.class)).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countOrganizations(Filter filter) {
        Where where = organizationWhere(filter);
        return where.bind(em.createQuery("select count(i) from Institution i" + where.clause(), Long.class))
                .getSingleResult();
    }

    /** An active institution with its territory and operator, or empty if unknown or deactivated. */
    public Optional<Institution> activeOrganization(UUID id) {
        return em.createQuery("select i" + INSTITUTION_WITH_TERRITORY + " where i.id = :id and i.active = true",
                Institution.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** Every offering of an institution, with its catalogue entry, by name. */
    public List<Offering> offeringsOf(UUID institutionId) {
        return em.createQuery("select o from Offering o join fetch o.service s where o.institution.id = :id "
                + "order by s.namePl, o.id", Offering.class).setParameter("id", institutionId).getResultList();
    }

    public List<Offering> services(Filter filter, int offset, int limit) {
        Where where = serviceWhere(filter);
        return where.bind(em.createQuery("select o" + OFFERING_WITH_ALL + where.clause()
                + (filter.modifiedAfter() == null ? " order by i.name, i.id, s.namePl, o.id" : " order by o.updatedAt, o.id"),
                Offering.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countServices(Filter filter) {
        Where where = serviceWhere(filter);
        return where.bind(em.createQuery("select count(o) from Offering o join o.service s join o.institution i"
                + where.clause(), Long.class)).getSingleResult();
    }

    /** An offering of an active institution, with everything its service shows, or empty. */
    public Optional<Offering> service(UUID id) {
        return em.createQuery("select o" + OFFERING_WITH_ALL + " where o.id = :id and i.active = true", Offering.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    private static Where organizationWhere(Filter f) {
        Where where = new Where().and("i.active = true").containsWords("i.searchText", f.text());
        TermRef term = f.term();
        if (term != null) {
            switch (term.dimension()) {
                case INSTITUTION_TYPE -> institutionType(where, term.code());
                case OFFICIAL_STATUS -> where.and("i.statusKind = :status", "status", OfficialStatusKind.valueOf(term.code()));
                case SERVICE_KIND -> where.and("exists (select 1 from Offering o where o.institution = i "
                        + "and o.service.kind = :kind)", "kind", term.code());
                case SERVICE -> where.and("exists (select 1 from Offering o where o.institution = i "
                        + "and o.service.code = :code)", "code", term.code());
            }
        }
        return where;
    }

    /** Institution types come from a table; a code the application does not know matches nothing. */
    private static void institutionType(Where where, String code) {
        InstitutionType type = java.util.Arrays.stream(InstitutionType.values()).filter(t -> t.name().equals(code))
                .findFirst().orElse(null);
        if (type == null) {
            where.and("1 = 0");
        } else {
            where.and("i.type = :type", "type", type);
        }
    }

    private static Where serviceWhere(Filter f) {
        Where where = new Where().and("i.active = true")
                .containsWords("concat(s.searchText, ' ', i.searchText)", f.text());
        if (f.organizationId() != null) {
            where.and("i.id = :organization", "organization", f.organizationId());
        }
        if (f.modifiedAfter() != null) {
            where.and("o.updatedAt >= :modifiedAfter", "modifiedAfter", f.modifiedAfter())
                    .and("o.updatedAt < :horizon", "horizon", f.horizon());
        }
        TermRef term = f.term();
        if (term != null) {
            switch (term.dimension()) {
                case INSTITUTION_TYPE -> institutionType(where, term.code());
                case OFFICIAL_STATUS -> where.and("i.statusKind = :status", "status", OfficialStatusKind.valueOf(term.code()));
                case SERVICE_KIND -> where.and("s.kind = :kind", "kind", term.code());
                case SERVICE -> where.and("s.code = :code", "code", term.code());
            }
        }
        return where;
    }
}
