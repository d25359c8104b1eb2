package pl.synergia.shared.web;

import java.util.ArrayList;
import java.util.List;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;

/**
 * Paging parameters of a list endpoint, parsed from the raw query strings so that every bad
 * value (not a number, out of range) answers one 400 problem listing all of them.
 */
public record PageParams(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Parses page and size; adds what is wrong to {@code errors} and returns null if anything is. */
    public static PageParams parse(String pageRaw, String sizeRaw, List<FieldError> errors) {
        return parse(pageRaw, sizeRaw, MAX_SIZE, errors);
    }

    /** As {@link #parse(String, String, List)}, for a list whose pages may hold up to {@code maxSize} items. */
    public static PageParams parse(String pageRaw, String sizeRaw, int maxSize, List<FieldError> errors) {
        int before = errors.size();
        int page = parseInt("page", pageRaw, 0, 0, Integer.MAX_VALUE, errors);
        int size = parseInt("size", sizeRaw, DEFAULT_SIZE, 1, maxSize, errors);
        if (errors.size() == before && (long) page * size > Integer.MAX_VALUE) {
            errors.add(new FieldError("page", "out-of-range", "is beyond the last possible page"));
        }
        return errors.size() == before ? new PageParams(page, size) : null;
    }

    public int totalPages(long totalItems) {
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }

    private static int parseInt(String name, String raw, int defaultValue, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                errors.add(new FieldError(name, "out-of-range", max == Integer.MAX_VALUE
                        ? "must be " + min + " or more"
                        : "must be between " + min + " and " + max));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "not-a-number", "must be a whole number"));
            return defaultValue;
        }
    }

    /** Throws the 400 problem if any errors were collected. */
    public static void failIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidParameters(new ArrayList<>(errors));
        }
    }
}
