package pl.synergia.directory.hsds;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import pl.synergia.directory.Institution;
import pl.synergia.directory.Offering;
import pl.synergia.directory.OfficialStatusKind;
import pl.synergia.directory.hsds.HsdsTaxonomies.TermRef;
import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.persistence.Where;

/**
 * Reads what the HSDS export publishes: active institutions and the offerings of active
 * institutions. The catalogue's side (service names, kinds, search text) is read through
 * {@link CatalogueLookup} and enters the queries as codes.
 */
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

    /** A page of offerings: the filter, and each service code's position in the catalogue's name order. */
    public record ServicePage(Filter filter, Map<String, Integer> serviceNameRanks, int offset, int limit) {
    }

    private static final String INSTITUTION_WITH_TERRITORY = " from Institution i join fetch i.gmina g join fetch g.powiat p "
            + "join fetch p.voivodeship v left join fetch i.operator op";

    private static final String OFFERING_WITH_ALL = " from Offering o join fetch o.institution i "
            + "join fetch i.gmina g join fetch g.powiat p join fetch p.voivodeship v left join fetch i.operator op";

    @Inject
    EntityManager em;

    @Inject
    CatalogueLookup catalogue;

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

    /** Every offering of an institution (the caller orders them by service name). */
    public List<Offering> offeringsOf(UUID institutionId) {
        return em.createQuery("select o from Offering o where o.institution.id = :id", Offering.class)
                .setParameter("id", institutionId).getResultList();
    }

    /** Offerings by institution name, then by the Polish name of their service, then id; with modifiedAfter by modification. */
    public List<Offering> services(ServicePage page) {
        Where where = serviceWhere(page.filter());
        String order = page.filter().modifiedAfter() != null ? " order by o.updatedAt, o.id"
                : " order by i.name, i.id, " + where.rank("o.serviceCode", page.serviceNameRanks(), "serviceRank") + ", o.id";
        return where.bind(em.createQuery("select o" + OFFERING_WITH_ALL + where.clause() + order, Offering.class))
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    public long countServices(Filter filter) {
        Where where = serviceWhere(filter);
        return where.bind(em.createQuery("select count(o) from Offering o join o.institution i"
                + where.clause(), Long.class)).getSingleResult();
    }

    /** An offering of an active institution, with everything its service shows, or empty. */
    public Optional<Offering> service(UUID id) {
        return em.createQuery("select o" + OFFERING_WITH_ALL + " where o.id = :id and i.active = true", Offering.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    private Where organizationWhere(Filter f) {
        Where where = new Where().and("i.active = true").containsWords("i.searchText", f.text());
        TermRef term = f.term();
        if (term != null) {
            switch (term.dimension()) {
                case INSTITUTION_TYPE -> institutionType(where, term.code());
                case OFFICIAL_STATUS -> where.and("i.statusKind = :status", "status", OfficialStatusKind.valueOf(term.code()));
                case SERVICE_KIND -> servicesOfKind(where, term.code(), "exists (select 1 from Offering o where o.institution = i "
                        + "and o.serviceCode in :kindServices)");
                case SERVICE -> where.and("exists (select 1 from Offering o where o.institution = i "
                        + "and o.serviceCode = :code)", "code", term.code());
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

    /** The codes of a service kind, as a condition on the parameter {@code kindServices}; an unknown kind matches nothing. */
    private void servicesOfKind(Where where, String kind, String condition) {
        List<String> codes = catalogue.allServices().stream().filter(s -> s.kind().equals(kind)).map(s -> s.code()).toList();
        if (codes.isEmpty()) {
            where.and("1 = 0");
        } else {
            where.and(condition, "kindServices", codes);
        }
    }

    /** Each word occurs in the institution's search text or in the service's (the catalogue says which services). */
    private Where serviceWhere(Filter f) {
        Where where = new Where().and("i.active = true");
        List<String> words = Where.words(f.text());
        for (int n = 0; n < words.size(); n++) {
            String word = "word" + n;
            Set<String> services = catalogue.serviceCodesMatching(words.get(n));
            where.containsParameter(word, words.get(n));
            if (services.isEmpty()) {
                where.and(Where.contains("i.searchText", word));
            } else {
                where.and("(" + Where.contains("i.searchText", word) + " or o.serviceCode in :" + word + "Services)",
                        word + "Services", services);
            }
        }
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
                case SERVICE_KIND -> servicesOfKind(where, term.code(), "o.serviceCode in :kindServices");
                case SERVICE -> where.and("o.serviceCode = :code", "code", term.code());
            }
        }
        return where;
    }
}
