package pl.synergia.partnership;

import pl.synergia.shared.web.SortField;

/**
 * Orders of the stakeholder catalogue; names sort in Polish order (the collation of
 * {@code s.name}), ties broken by id. An entry of the directory is named by its institution:
 * {@link #INSTITUTION_NAME} stands for that name, which the service fills in from the directory's port.
 */
public enum StakeholderSort implements SortField {
    NAME("name", "coalesce(" + StakeholderSort.INSTITUTION_NAME + ", s.name) %1$s, s.id"),
    SECTOR("sector", "s.sector %1$s, coalesce(" + StakeholderSort.INSTITUTION_NAME + ", s.name), s.id"),
    CODE("code", "s.code %1$s, coalesce(" + StakeholderSort.INSTITUTION_NAME + ", s.name), s.id"),
    CREATED("createdAt", "s.createdAt %1$s, s.id");

    /** Placeholder of the ORDER BY fragments for the name of the stakeholder's institution. */
    static final String INSTITUTION_NAME = "{institutionName}";

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
