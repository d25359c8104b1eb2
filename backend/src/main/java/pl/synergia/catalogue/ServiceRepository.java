package pl.synergia.catalogue;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import pl.synergia.shared.persistence.Where;
import pl.synergia.shared.web.SortField.Sort;

@ApplicationScoped
public class ServiceRepository implements PanacheRepositoryBase<Service, String> {

    public List<Service> page(ServiceFilter filter, Sort<ServiceSort> sort, int page, int size) {
        Where where = where(filter);
        return where.bind(getEntityManager().createQuery(
                "select s from Service s left join fetch s.legalRegime" + where.clause() + " order by " + sort.orderBy(),
                Service.class))
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(ServiceFilter filter) {
        Where where = where(filter);
        return where.bind(getEntityManager().createQuery("select count(s) from Service s" + where.clause(), Long.class))
                .getSingleResult();
    }

    public Optional<Service> findWithRegime(String code) {
        return getEntityManager().createQuery("select s from Service s left join fetch s.legalRegime where s.code = :code",
                Service.class).setParameter("code", code).getResultStream().findFirst();
    }

    public List<Service> otherVersions(Service service) {
        return getEntityManager().createQuery("select s from Service s left join fetch s.legalRegime "
                + "where s.kind = :kind and s.code <> :code order by s.validFrom nulls first, s.code", Service.class)
                .setParameter("kind", service.kind).setParameter("code", service.code).getResultList();
    }

    public List<Service> providedBy(String institutionType) {
        return getEntityManager().createQuery("select s from Service s left join fetch s.legalRegime "
                + "where :type member of s.providerTypes order by s.namePl, s.code", Service.class)
                .setParameter("type", pl.synergia.shared.institution.InstitutionType.valueOf(institutionType))
                .getResultList();
    }

    private static Where where(ServiceFilter f) {
        Where where = new Where().containsWords("s.searchText", f.text());
        if (f.kind() != null) {
            where.and("s.kind = :kind", "kind", f.kind());
        }
        if (f.providerType() != null) {
            where.and(":providerType member of s.providerTypes", "providerType", f.providerType());
        }
        if (f.targetGroup() != null) {
            where.and(":targetGroup member of s.targetGroups", "targetGroup", f.targetGroup());
        }
        if (f.regime() != null) {
            where.and("s.legalRegime.code = :regime", "regime", f.regime());
        }
        if (f.validOn() != null) {
            where.and("(s.validFrom is null or s.validFrom <= :validOn) and (s.validTo is null or s.validTo >= :validOn)",
                    "validOn", f.validOn());
        }
        if (!f.includeHistorical()) {
            where.and("s.historical = false");
        }
        return where;
    }
}
