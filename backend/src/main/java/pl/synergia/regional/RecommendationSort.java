package pl.synergia.regional;

import pl.synergia.shared.web.SortField;

/** Orders of the recommendation list; ties broken by id so pages never overlap. */
public enum RecommendationSort implements SortField {
    ISSUED("issuedAt", "r.issuedAt %1$s, r.id %1$s"),
    UPDATED("updatedAt", "r.updatedAt %1$s, r.id %1$s"),
    STATUS("status", "r.status %1$s, r.issuedAt desc, r.id"),
    TERRITORY("territory", "r.territoryTeryt %1$s, r.issuedAt desc, r.id");

    public static final String DEFAULT = "-issuedAt";

    private final String param;
    private final String orderBy;

    RecommendationSort(String param, String orderBy) {
        this.param = param;
        this.orderBy = orderBy;
    }

    @Override
    public String param() {
        return param;
    }

    @Override
    public String orderByTemplate() {
        return orderBy;
    }
}
