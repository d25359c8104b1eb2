package pl.synergia.directory;

import pl.synergia.shared.institution.InstitutionRef;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import pl.synergia.shared.territory.GminaRef;
import pl.synergia.shared.web.PageParams;

@ApplicationScoped
public class InstitutionMapper {

    public InstitutionSummary toSummary(Institution i) {
        return new InstitutionSummary(i.id, i.type, i.name, GminaRef.of(i.gmina));
    }

    public InstitutionResponse toResponse(Institution i) {
        return new InstitutionResponse(i.id, i.type, i.name, GminaRef.of(i.gmina),
                new Address(i.street, i.postalCode, i.city), i.createdAt, i.updatedAt, i.version);
    }

    public InstitutionRef toRef(Institution i) {
        return new InstitutionRef(i.id, i.name, i.type);
    }

    public InstitutionPage toPage(List<Institution> items, PageParams params, long total) {
        return new InstitutionPage(items.stream().map(this::toSummary).toList(), params.page(), params.size(), total,
                params.totalPages(total));
    }
}
