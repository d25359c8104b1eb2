package pl.synergia.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import pl.synergia.shared.problem.FieldError;

/**
 * A field a list can be sorted by, implemented by an enum per list. The request names it in the
 * {@code sort} parameter ({@code name} ascending, {@code -name} descending); the HQL ORDER BY
 * fragment is fixed in code, never taken from the request.
 */
public interface SortField {

    String param();

    /** ORDER BY fragment; {@code %1$s} stands for asc/desc. Must end with a unique key so pages never overlap. */
    String orderByTemplate();

    default String orderBy(boolean descending) {
        return String.format(orderByTemplate(), descending ? "desc" : "asc");
    }

    /** A parsed sort parameter. */
    record Sort<F extends SortField>(F field, boolean descending) {
        public String orderBy() {
            return field.orderBy(descending);
        }
    }

    /**
     * Parses {@code raw} (blank means {@code defaultParam}) against the fields of {@code type};
     * adds an error naming the accepted values and returns null when it matches none.
     */
    static <F extends Enum<F> & SortField> Sort<F> parse(Class<F> type, String raw, String defaultParam,
            List<FieldError> errors) {
        String value = raw == null || raw.isBlank() ? defaultParam : raw.trim();
        boolean descending = value.startsWith("-");
        String name = descending ? value.substring(1) : value;
        for (F field : type.getEnumConstants()) {
            if (field.param().equals(name)) {
                return new Sort<>(field, descending);
            }
        }
        errors.add(new FieldError("sort", "unknown-value", "must be one of " + String.join(", ", accepted(type))));
        return null;
    }

    static <F extends Enum<F> & SortField> List<String> accepted(Class<F> type) {
        return Arrays.stream(type.getEnumConstants()).flatMap(f -> Stream.of(f.param(), "-" + f.param())).toList();
    }
}
