package pl.synergia.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Orders the institution list can be sorted in. The HQL fragments are fixed here, never taken
 * from the request. Names sort in Polish alphabetical order (the columns use the ICU Polish
 * collation). Ties are broken by name and id so pages never overlap.
 */
public enum InstitutionSort {
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

    public String orderBy(boolean descending) {
        return String.format(orderBy, descending ? "desc" : "asc");
    }

    public static Optional<InstitutionSort> byParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }

    /** The accepted values of the sort parameter: each field, ascending or with a leading '-' descending. */
    public static List<String> accepted() {
        return Arrays.stream(values()).flatMap(s -> java.util.stream.Stream.of(s.param, "-" + s.param)).toList();
    }
}
