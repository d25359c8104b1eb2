package pl.synergia.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CatalogueMapper {

    public CodeLabel label(LegalRegime r) {
        return r == null ? null : new CodeLabel(r.code, r.namePl, r.nameEn);
    }

    public CodeLabel label(TargetGroup g) {
        return new CodeLabel(g.code, g.namePl, g.nameEn);
    }

    public CooperativeModelResponse toResponse(CooperativeModel m) {
        return new CooperativeModelResponse(m.code, m.category, m.namePl, m.nameEn, m.descriptionPl, m.descriptionEn, m.source);
    }

    public OrganisationalVariantResponse toResponse(OrganisationalVariant v) {
        return new OrganisationalVariantResponse(v.code, v.namePl, v.nameEn, v.descriptionPl, v.descriptionEn, v.source);
    }

    public LegalRegimeResponse toResponse(LegalRegime r) {
        return r == null ? null : new LegalRegimeResponse(r.code, r.namePl, r.nameEn, r.actPl, r.validFrom, r.validTo);
    }

    public CodeLabel toResponse(EligibilityCriterion c) {
        return new CodeLabel(c.code, c.namePl, c.nameEn);
    }

    public ServiceSummary toSummary(Service s) {
        return new ServiceSummary(s.code, s.kind, s.namePl, s.nameEn, label(s.legalRegime), s.validFrom, s.validTo,
                s.historical, s.providerTypes.stream().sorted().toList());
    }

    public ServiceResponse toResponse(Service s, List<Service> otherVersions, Map<String, TargetGroup> groups,
            Map<String, EligibilityCriterion> criteria) {
        List<CodeLabel> targetGroups = s.targetGroups.stream().map(groups::get).map(this::label)
                .sorted(Comparator.comparing(CodeLabel::namePl)).toList();
        List<EligibilityRuleResponse> eligibility = s.eligibility.stream()
                .map(rule -> {
                    EligibilityCriterion c = criteria.get(rule.criterion());
                    return new EligibilityRuleResponse(c.code, c.namePl, c.nameEn, rule.value());
                })
                .sorted(Comparator.comparing(EligibilityRuleResponse::criterion)).toList();
        return new ServiceResponse(s.code, s.kind, s.namePl, s.nameEn, s.descriptionPl, s.descriptionEn,
                s.providerTypes.stream().sorted().toList(), targetGroups, eligibility, s.durationMinDays,
                s.durationMaxDays, s.extensionMaxDays, s.benefitPl, s.benefitEn, toResponse(s.legalRegime),
                s.legalBasisPl, s.validFrom, s.validTo, s.historical,
                otherVersions.stream().map(this::toSummary).toList(), s.source);
    }

    public InstitutionTypeResponse toResponse(InstitutionTypeEntry t, Map<String, LegalRegime> regimes,
            List<Service> services) {
        return new InstitutionTypeResponse(pl.synergia.shared.institution.InstitutionType.valueOf(t.code),
                t.abbreviationPl, t.namePl, t.nameEn, t.stakeholderRole, t.legalBasisPl, t.descriptionPl,
                t.descriptionEn, List.copyOf(t.statutoryTasksPl), List.copyOf(t.toolsPl),
                List.copyOf(t.cooperationAreasPl), t.officialStatusPl,
                t.legalRegimes.stream().map(regimes::get).map(this::label)
                        .sorted(Comparator.comparing(CodeLabel::code)).toList(),
                services.stream().map(this::toSummary).toList());
    }
}
