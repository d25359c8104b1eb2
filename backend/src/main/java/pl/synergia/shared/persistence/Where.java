package pl.synergia.shared.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

/**
 * Builds the WHERE clause of a filtered list query from fixed HQL fragments and named
 * parameters; values from the request only ever travel as parameters.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    public Where and(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** A condition with two named parameters (e.g. a row comparison). */
    public Where and(String condition, String name, Object value, String otherName, Object otherValue) {
        conditions.add(condition);
        parameters.put(name, value);
        parameters.put(otherName, otherValue);
        return this;
    }

    /**
     * Adds one condition per word of {@code text}: each word must occur (diacritics and case
     * ignored) in the folded search column {@code column}. Blank text adds nothing.
     */
    public Where containsWords(String column, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        int i = 0;
        for (String word : text.trim().split("\\s+")) {
            String name = "word" + i++;
            conditions.add(column + " like concat('%', function('synergia_fold', :" + name + "), '%') escape '\\'");
            parameters.put(name, escapeLike(word));
        }
        return this;
    }

    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
