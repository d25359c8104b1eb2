package pl.synergia.directory;

import pl.synergia.shared.web.SortField;

/**
 * Orders of the institution list. Names sort in Polish alphabetical order (the columns use the
 * ICU Polish collation). Ties are broken by name and id so pages never overlap.
 */
public enum InstitutionSort implements SortField {
    NAME("name", "i.name %1$s, i.id %1$s"),
    TYPE("type", "i.type %1$s, i.name, i.id"),
    GMINA("gmina", "g.name %1$s, i.name, i.id");

    public static final String DEFAULT = "name";

    private final String param;
    private final String orderBy;

    InstitutionSort(String param, String orderBy) {
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
