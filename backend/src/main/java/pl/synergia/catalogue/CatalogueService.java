package pl.synergia.catalogue;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.SortField.Sort;

/** The service/tool catalogue: reference data, readable by every authenticated role. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueService {

    @Inject
    ServiceRepository services;

    @Inject
    DictionaryRepository dictionaries;

    @Inject
    CatalogueMapper mapper;

    public ServicePage list(ServiceFilter filter, Sort<ServiceSort> sort, PageParams page) {
        List<ServiceSummary> items = services.page(filter, sort, page.page(), page.size()).stream()
                .map(mapper::toSummary).toList();
        long total = services.count(filter);
        return new ServicePage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    public ServiceResponse get(String code) {
        Service service = services.findWithRegime(code)
                .orElseThrow(() -> ProblemException.notFound("No catalogue entry has this code."));
        return mapper.toResponse(service, services.otherVersions(service), dictionaries.targetGroupsByCode(),
                dictionaries.criteriaByCode());
    }

    public List<InstitutionTypeResponse> institutionTypes() {
        var regimes = dictionaries.regimesByCode();
        return dictionaries.institutionTypes().stream()
                .map(t -> mapper.toResponse(t, regimes, services.providedBy(t.code))).toList();
    }

    public InstitutionTypeResponse institutionType(InstitutionType code) {
        InstitutionTypeEntry type = dictionaries.institutionType(code.name())
                .orElseThrow(() -> ProblemException.notFound("No institution type has this code."));
        return mapper.toResponse(type, dictionaries.regimesByCode(), services.providedBy(type.code));
    }

    public List<CodeLabel> targetGroups() {
        return dictionaries.targetGroups().stream().map(mapper::label).toList();
    }

    public List<CooperativeModelResponse> cooperativeModels() {
        return dictionaries.cooperativeModels().stream().map(mapper::toResponse).toList();
    }

    public List<OrganisationalVariantResponse> organisationalVariants() {
        return dictionaries.organisationalVariants().stream().map(mapper::toResponse).toList();
    }

    public List<LegalRegimeResponse> legalRegimes() {
        return dictionaries.legalRegimes().stream().map(mapper::toResponse).toList();
    }

    public List<CodeLabel> eligibilityCriteria() {
        return dictionaries.eligibilityCriteria().stream().map(mapper::toResponse).toList();
    }

    public boolean targetGroupExists(String code) {
        return dictionaries.targetGroupsByCode().containsKey(code);
    }

    public boolean regimeExists(String code) {
        return dictionaries.regimesByCode().containsKey(code);
    }
}
