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
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            String name = "word" + i;
            conditions.add(contains(column, name));
            containsParameter(name, words.get(i));
        }
        return this;
    }

    /** The words of a search text (none when blank). */
    public static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    /** The condition "the folded search column contains the word in parameter {@code name}" (bind it with {@link #containsParameter}). */
    public static String contains(String column, String name) {
        return column + " like concat('%', function('synergia_fold', :" + name + "), '%') escape '\\'";
    }

    /** Binds a word for {@link #contains}, its LIKE wildcards escaped. */
    public Where containsParameter(String name, String word) {
        return parameter(name, escapeLike(word));
    }

    /** Binds a parameter that a condition added with {@link #and(String)} uses. */
    public Where parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /**
     * An expression giving each value of {@code column} the text known for it outside the database
     * (e.g. another context's names, read through its port), null for other values. The pairs travel
     * as parameters named {@code prefix0}, {@code prefix0Text}, ...
     */
    public String text(String column, Map<?, String> texts, String prefix) {
        if (texts.isEmpty()) {
            return "cast(null as String)";
        }
        StringBuilder expression = new StringBuilder("case ").append(column);
        int i = 0;
        for (Map.Entry<?, String> e : texts.entrySet()) {
            String name = prefix + i++;
            expression.append(" when :").append(name).append(" then cast(:").append(name).append("Text as String)");
            parameters.put(name, e.getKey());
            parameters.put(name + "Text", e.getValue());
        }
        return expression.append(" end").toString();
    }

    /**
     * An ORDER BY expression giving each value of {@code column} its position in {@code ranks} (values
     * known outside the database, e.g. the order of another context's names), unknown values last.
     * The values travel as parameters named {@code prefix0}, {@code prefix1}, ...
     */
    public String rank(String column, Map<String, Integer> ranks, String prefix) {
        if (ranks.isEmpty()) {
            return "0";
        }
        StringBuilder expression = new StringBuilder("case ").append(column);
        int i = 0;
        int last = 0;
        for (Map.Entry<String, Integer> e : ranks.entrySet()) {
            String name = prefix + i++;
            expression.append(" when :").append(name).append(" then ").append(e.getValue().intValue());
            parameters.put(name, e.getKey());
            last = Math.max(last, e.getValue());
        }
        return expression.append(" else ").append(last + 1).append(" end").toString();
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
