package pl.synergia.partnership;

import pl.synergia.shared.web.SortField;

/** Orders of the stakeholder catalogue; names sort in Polish order, ties broken by id. */
public enum StakeholderSort implements SortField {
    NAME("name", "coalesce(i.name, s.name) %1$s, s.id"),
    SECTOR("sector", "s.sector %1$s, coalesce(i.name, s.name), s.id"),
    CODE("code", "s.code %1$s, coalesce(i.name, s.name), s.id"),
    CREATED("createdAt", "s.createdAt %1$s, s.id");

    public static final String DEFAULT = "name";

    private final String param;
    private final String orderBy;

    StakeholderSort(String param, String orderBy) {
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
