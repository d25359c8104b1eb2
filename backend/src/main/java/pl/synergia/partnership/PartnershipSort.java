package pl.synergia.partnership;

import pl.synergia.shared.web.SortField;

/** Orders of the partnership list; ties broken by id so pages never overlap. */
public enum PartnershipSort implements SortField {
    CREATED("createdAt", "p.createdAt %1$s, p.id %1$s"),
    TITLE("title", "p.title %1$s, p.id"),
    STATUS("status", "p.status %1$s, p.createdAt desc, p.id"),
    GMINA("gmina", "g.name %1$s, p.createdAt desc, p.id");

    public static final String DEFAULT = "-createdAt";

    private final String param;
    private final String orderBy;

    PartnershipSort(String param, String orderBy) {
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
