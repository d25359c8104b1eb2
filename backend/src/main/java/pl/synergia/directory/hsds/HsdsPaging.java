package pl.synergia.directory.hsds;

import java.util.List;

import pl.synergia.shared.input.InputLimits;
import pl.synergia.shared.problem.FieldError;

/**
 * Paging of the HSDS list endpoints: {@code page} counts from 1 (as in the HSDS API reference,
 * unlike the 0-based pages of the rest of the Synergia API) and {@code per_page} is 1 to
 * {@value #MAX_PER_PAGE}. Bad values are collected for one 400 problem.
 */
public record HsdsPaging(int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 500;

    public static HsdsPaging parse(String pageRaw, String perPageRaw, List<FieldError> errors) {
        int before = errors.size();
        int page = parseInt("page", pageRaw, 1, 1, InputLimits.PAGE_MAX, errors);
        int perPage = parseInt("per_page", perPageRaw, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE, errors);
        if (errors.size() == before && (long) (page - 1) * perPage > Integer.MAX_VALUE) {
            errors.add(new FieldError("page", "out-of-range", "is beyond the last possible page"));
        }
        return errors.size() == before ? new HsdsPaging(page, perPage) : null;
    }

    /** Index of the first item of this page, for queries. */
    public int offset() {
        return (page - 1) * perPage;
    }

    public int totalPages(long totalItems) {
        return (int) Math.max(1, (totalItems + perPage - 1) / perPage);
    }

    /** This page of an in-memory list. */
    public <T> List<T> slice(List<T> all) {
        if (offset() >= all.size()) {
            return List.of();
        }
        return List.copyOf(all.subList(offset(), Math.min(all.size(), offset() + perPage)));
    }

    private static int parseInt(String name, String raw, int defaultValue, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.strip());
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
}
