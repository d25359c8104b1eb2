package pl.synergia.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Read access to the catalogue's small dictionaries (types, target groups, regimes, criteria). */
@ApplicationScoped
public class DictionaryRepository {

    @Inject
    EntityManager em;

    public List<InstitutionTypeEntry> institutionTypes() {
        return em.createQuery("select t from InstitutionTypeEntry t order by t.namePl", InstitutionTypeEntry.class)
                .getResultList();
    }

    public Optional<InstitutionTypeEntry> institutionType(String code) {
        return Optional.ofNullable(em.find(InstitutionTypeEntry.class, code));
    }

    public List<TargetGroup> targetGroups() {
        return em.createQuery("select g from TargetGroup g order by g.namePl", TargetGroup.class).getResultList();
    }

    public List<LegalRegime> legalRegimes() {
        return em.createQuery("select r from LegalRegime r order by r.validFrom nulls first, r.code", LegalRegime.class)
                .getResultList();
    }

    public List<EligibilityCriterion> eligibilityCriteria() {
        return em.createQuery("select c from EligibilityCriterion c order by c.namePl", EligibilityCriterion.class)
                .getResultList();
    }

    public Map<String, TargetGroup> targetGroupsByCode() {
        return targetGroups().stream().collect(Collectors.toMap(g -> g.code, Function.identity()));
    }

    public Map<String, EligibilityCriterion> criteriaByCode() {
        return eligibilityCriteria().stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
    }

    public List<CooperativeModel> cooperativeModels() {
        return em.createQuery("select m from CooperativeModel m order by m.position", CooperativeModel.class).getResultList();
    }

    public List<OrganisationalVariant> organisationalVariants() {
        return em.createQuery("select v from OrganisationalVariant v order by v.position", OrganisationalVariant.class)
                .getResultList();
    }

    public Map<String, LegalRegime> regimesByCode() {
        return legalRegimes().stream().collect(Collectors.toMap(r -> r.code, Function.identity()));
    }
}
