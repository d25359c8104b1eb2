package pl.synergia.catalogue;

import pl.synergia.shared.web.SortField;

/** Orders of the catalogue list; ties broken by code. */
public enum ServiceSort implements SortField {
    NAME("name", "s.namePl %1$s, s.code %1$s"),
    KIND("kind", "s.kind %1$s, s.validFrom nulls first, s.code"),
    VALID_FROM("validFrom", "s.validFrom %1$s nulls first, s.namePl, s.code");

    public static final String DEFAULT = "name";

    private final String param;
    private final String orderBy;

    ServiceSort(String param, String orderBy) {
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
