package pl.synergia.catalogue;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.catalogue.InstitutionTypeDescription;
import pl.synergia.shared.catalogue.OrganisationalVariantRef;
import pl.synergia.shared.catalogue.ServiceEntry;
import pl.synergia.shared.catalogue.ServiceProvision;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.persistence.Where;

/** The catalogue as the other contexts read it (the port {@link CatalogueLookup}): one query per call, only the columns published. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedCatalogue implements CatalogueLookup {

    private static final String ENTRY = "select new pl.synergia.shared.catalogue.ServiceEntry(s.code, s.kind, s.namePl, s.nameEn, "
            + "s.descriptionPl, s.descriptionEn, s.durationMaxDays, s.extensionMaxDays, s.validFrom, s.validTo, s.historical) "
            + "from Service s";

    @Inject
    EntityManager em;

    @Override
    public Map<String, ServiceEntry> services(Collection<String> codes) {
        Map<String, ServiceEntry> found = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery(ENTRY + " where s.code in :codes order by s.namePl, s.code", ServiceEntry.class)
                    .setParameter("codes", new HashSet<>(codes)).getResultStream().forEach(s -> found.put(s.code(), s));
        }
        return found;
    }

    @Override
    public Map<String, ServiceProvision> provisions(Collection<String> codes) {
        Map<String, String> regimes = new LinkedHashMap<>();
        Map<String, Set<InstitutionType>> providers = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            for (Object[] row : em.createQuery("select s.code, r.code, t from Service s left join s.legalRegime r "
                    + "left join s.providerTypes t where s.code in :codes order by s.code", Object[].class)
                    .setParameter("codes", new HashSet<>(codes)).getResultList()) {
                String code = (String) row[0];
                regimes.put(code, (String) row[1]);
                Set<InstitutionType> types = providers.computeIfAbsent(code, c -> EnumSet.noneOf(InstitutionType.class));
                if (row[2] != null) {
                    types.add((InstitutionType) row[2]);
                }
            }
        }
        Map<String, ServiceProvision> found = new LinkedHashMap<>();
        regimes.forEach((code, regime) -> found.put(code, new ServiceProvision(code, regime, providers.get(code))));
        return found;
    }

    @Override
    public List<ServiceEntry> allServices() {
        return em.createQuery(ENTRY + " order by s.kind, s.code", ServiceEntry.class).getResultList();
    }

    @Override
    public Set<String> serviceCodesForTargetGroup(String targetGroup) {
        return Set.copyOf(em.createQuery("select s.code from Service s where :group member of s.targetGroups", String.class)
                .setParameter("group", targetGroup).getResultList());
    }

    @Override
    public Set<String> serviceCodesMatching(String word) {
        Where where = new Where().containsWords("s.searchText", word);
        return Set.copyOf(where.bind(em.createQuery("select s.code from Service s" + where.clause(), String.class)).getResultList());
    }

    @Override
    public List<InstitutionTypeDescription> institutionTypes() {
        return em.createQuery("select new pl.synergia.shared.catalogue.InstitutionTypeDescription(t.code, t.namePl, t.nameEn, "
                + "t.descriptionPl, t.descriptionEn, t.stakeholderRole) from InstitutionTypeEntry t order by t.namePl",
                InstitutionTypeDescription.class).getResultList();
    }

    /** By key, so that an import asking for the same few types row after row reads each once per transaction. */
    @Override
    public Optional<InstitutionTypeDescription> institutionType(String code) {
        return Optional.ofNullable(em.find(InstitutionTypeEntry.class, code)).map(t -> new InstitutionTypeDescription(t.code,
                t.namePl, t.nameEn, t.descriptionPl, t.descriptionEn, t.stakeholderRole));
    }

    @Override
    public Map<String, OrganisationalVariantRef> organisationalVariants(Collection<String> codes) {
        Map<String, OrganisationalVariantRef> found = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("select new pl.synergia.shared.catalogue.OrganisationalVariantRef(v.code, v.namePl, v.nameEn) "
                    + "from OrganisationalVariant v where v.code in :codes order by v.position", OrganisationalVariantRef.class)
                    .setParameter("codes", new HashSet<>(codes)).getResultStream().forEach(v -> found.put(v.code(), v));
        }
        return found;
    }
}
