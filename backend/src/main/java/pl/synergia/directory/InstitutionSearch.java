package pl.synergia.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.web.SortField.Sort;

/**
 * The directory search on the maintained search table institution_search (V82, ADR 0036). The
 * count is taken first and capped at {@value #CAP} (as search engines report "1000+"); the page
 * is then read with the plan that suits it: up to the cap, or with words, the matches are filtered
 * first and sorted; many matches of filters alone walk the order's index. With text, every term must match (a word at
 * the start of a word of the name, address, gmina or powiat; a kind's acronym or name also matches
 * the type); when the words find nothing, each is matched by trigram similarity instead (typos).
 * Without an explicit sort, text results come by relevance, the caller's gmina and then powiat
 * first, when at most {@value #CAP} match (more come in name order). Only the columns a result row shows are read.
 */
@ApplicationScoped
public class InstitutionSearch {

    private static final java.util.regex.Pattern LETTERS_AND_DIGITS = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    /** The count is exact up to this number of matches. */
    public static final int CAP = 1000;

    @Inject
    EntityManager em;

    @Inject
    InstitutionKinds kinds;

    @Inject
    CatalogueLookup catalogue;

    /** One result row: what the list shows. */
    public record Row(UUID id, InstitutionType type, StakeholderRole stakeholderRole, String name, String gminaTeryt,
            String city, boolean active, OfficialStatusKind statusKind, LocalDate statusValidFrom, LocalDate statusValidTo,
            java.time.Instant updatedAt) {
    }

    /** One page of changes (ids, oldest change first) and how many changes there are from the cursor on. */
    public record Changes(List<UUID> ids, long remaining) {
    }

    /** A page, the number of matches up to {@link #CAP}, whether there are more, and whether words matched only as similar. */
    public record Result(List<Row> rows, long total, boolean capped, boolean fuzzy) {
    }

    /**
     * How a word matches, tried in this order until something matches: at the start of a word; anywhere
     * in a word (what the search always did, so nothing found before is lost); by trigram similarity.
     */
    enum Mode {
        WORD_START, CONTAINS, SIMILAR
    }

    /**
     * One page. {@code sort} null: relevance when there is text (nearest to {@code nearGmina} first
     * when given), else name order.
     */
    public Result search(InstitutionFilter filter, Sort<InstitutionSort> sort, String nearGmina, int page, int size) {
        List<SearchTerms.Term> terms = SearchTerms.parse(filter.text(), kinds.vocabulary());
        Result result = null;
        for (Mode mode : modes(terms)) {
            result = run(filter, terms, mode, sort, nearGmina, page, size);
            if (result.total() > 0) {
                break;
            }
        }
        return result;
    }

    private static List<Mode> modes(List<SearchTerms.Term> terms) {
        if (terms.isEmpty()) {
            return List.of(Mode.WORD_START);
        }
        return hasWordParts(terms) ? List.of(Mode.values()) : List.of(Mode.WORD_START, Mode.CONTAINS);
    }

    /** Every match in order, for the export (no cap). */
    public List<UUID> ids(InstitutionFilter filter, Sort<InstitutionSort> sort) {
        List<SearchTerms.Term> terms = SearchTerms.parse(filter.text(), kinds.vocabulary());
        List<UUID> ids = List.of();
        for (Mode mode : modes(terms)) {
            Sql sql = where(filter, terms, mode);
            if (sql == null) {
                return List.of();
            }
            String order = order(sort == null ? new Sort<>(InstitutionSort.NAME, false) : sort, terms, mode, null, sql);
            @SuppressWarnings("unchecked")
            List<UUID> found = sql.query(em, "select s.institution_id from institution_search s where "
                    + sql.where + " order by " + order).getResultList();
            ids = found;
            if (!ids.isEmpty()) {
                break;
            }
        }
        return ids;
    }

    private Result run(InstitutionFilter filter, List<SearchTerms.Term> terms, Mode mode, Sort<InstitutionSort> sort,
            String nearGmina, int page, int size) {
        boolean fuzzy = mode == Mode.SIMILAR;
        Sql sql = where(filter, terms, mode);
        if (sql == null) {
            return new Result(List.of(), 0, false, fuzzy);
        }
        long counted = ((Number) sql.query(em, "select count(*) from (select 1 from institution_search s where "
                + sql.where + " limit " + (CAP + 1) + ") c").getSingleResult()).longValue();
        if (counted == 0) {
            return new Result(List.of(), 0, false, fuzzy);
        }
        Sql paged = where(filter, terms, mode);
        // relevance ranks up to CAP matches; beyond, scoring every match costs in proportion to the matches
        // (a regular expression a row: 19,553 matches of "stowarzyszenie" took 450 ms), so they come in name order
        Sort<InstitutionSort> effective = sort == null && counted > CAP ? new Sort<>(InstitutionSort.NAME, false) : sort;
        String order = order(effective, terms, mode, nearGmina, paged);
        String columns = "s.institution_id, s.type, s.stakeholder_role, s.name, s.gmina_teryt, s.city, s.active, s.status_kind, "
                + "s.status_valid_from, s.status_valid_to";
        // the version a client of the API keeps (the change feed's updatedAt), read for the page's rows only
        String updatedAt = ", (select i.updated_at from institution i where i.id = %s.institution_id)";
        String query;
        if (counted <= CAP || !terms.isEmpty()) {
            // few matches, or words: filter the matches first (the words' index), then sort them (the fence,
            // offset 0, keeps the planner from walking the name index: the entries named "Stowarzyszenie …" sit
            // together under S, so walking names from A read 59,000 buffers to find the first 20)
            query = "select " + columns.replace("s.", "m.") + updatedAt.formatted("m") + " from (select s.*" + paged.scoreColumns
                    + " from institution_search s where " + paged.where + " offset 0) m order by " + order.replace("s.", "m.");
        } else {
            // many matches of filters without words, in an index's order: walk the index
            query = "select " + columns + updatedAt.formatted("s") + " from institution_search s where " + paged.where
                    + " order by " + order;
        }
        query += " limit " + paged.param(size) + " offset " + paged.param((long) page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = paged.query(em, query).getResultList();
        return new Result(rows.stream().map(InstitutionSearch::row).toList(), Math.min(counted, CAP), counted > CAP, fuzzy);
    }

    private static Row row(Object[] r) {
        return new Row((UUID) r[0], InstitutionType.valueOf((String) r[1]), StakeholderRole.valueOf((String) r[2]), (String) r[3],
                (String) r[4], (String) r[5], (Boolean) r[6], r[7] == null ? null : OfficialStatusKind.valueOf((String) r[7]),
                date(r[8]), date(r[9]), instant(r[10]));
    }

    private static java.time.Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /**
     * Entries matching the filter changed after the cursor and before the horizon, oldest change first
     * (the change feed, ADR 0034). Words match as the directory always matched them: contained in a word.
     */
    public Changes changed(InstitutionFilter filter, java.time.Instant afterAt, UUID afterId, java.time.Instant horizon, int size) {
        List<SearchTerms.Term> terms = SearchTerms.parse(filter.text(), kinds.vocabulary());
        Sql sql = where(filter, terms, terms.isEmpty() ? Mode.WORD_START : Mode.CONTAINS);
        if (sql == null) {
            return new Changes(List.of(), 0);
        }
        String from = " from institution_search s join institution i on i.id = s.institution_id where " + sql.where
                + " and (i.updated_at, i.id) > (" + sql.param(afterAt) + ", " + sql.param(afterId) + ") and i.updated_at < "
                + sql.param(horizon);
        long remaining = ((Number) sql.query(em, "select count(*)" + from).getSingleResult()).longValue();
        if (remaining == 0) {
            return new Changes(List.of(), 0);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = sql.query(em, "select s.institution_id" + from + " order by i.updated_at, i.id limit " + sql.param(size))
                .getResultList();
        return new Changes(ids, remaining);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static boolean hasWordParts(List<SearchTerms.Term> terms) {
        return terms.stream().flatMap(t -> t.words().stream()).anyMatch(w -> SearchTerms.prefixQuery(w) != null);
    }

    /** The conditions; null when nothing can match (a target group without services). */
    private Sql where(InstitutionFilter f, List<SearchTerms.Term> terms, Mode mode) {
        Sql sql = new Sql();
        List<String> and = new ArrayList<>();
        if (!f.includeInactive()) {
            and.add("s.active");
        }
        if (f.types() != null && !f.types().isEmpty()) {
            and.add("s.type in (" + sql.params(f.types().stream().map(Enum::name).toList()) + ")");
        }
        if (f.terytPrefix() != null) {
            and.add("s.gmina_teryt like " + sql.param(f.terytPrefix() + "%"));
        }
        if (f.serviceCode() != null) {
            and.add("s.service_codes @> array[cast(" + sql.param(f.serviceCode()) + " as varchar)]");
        }
        if (f.targetGroup() != null) {
            Set<String> services = catalogue.serviceCodesForTargetGroup(f.targetGroup());
            if (services.isEmpty()) {
                return null;
            }
            and.add("s.service_codes && cast(array[" + sql.params(List.copyOf(services)) + "] as varchar[])");
        }
        if (f.statusValidOn() != null) {
            and.add("s.status_kind is not null and (s.status_valid_from is null or s.status_valid_from <= "
                    + sql.param(f.statusValidOn()) + ") and (s.status_valid_to is null or s.status_valid_to >= "
                    + sql.param(f.statusValidOn()) + ")");
        }
        if (f.stakeholderRole() != null) {
            and.add("s.stakeholder_role = " + sql.param(f.stakeholderRole().name()));
        }
        for (SearchTerms.Term term : terms) {
            String text = term.words().stream().map(w -> wordMatch(w, mode, sql)).collect(Collectors.joining(" and "));
            and.add(term.kinds().isEmpty() ? "(" + text + ")" : "(" + kindIn(term, sql) + " or (" + text + "))");
        }
        sql.where = and.isEmpty() ? "true" : String.join(" and ", and);
        return sql;
    }

    private static String kindIn(SearchTerms.Term term, Sql sql) {
        return "s.type in (" + sql.params(term.kinds().stream().map(Enum::name).sorted().toList()) + ")";
    }

    /**
     * A word at the start of a word of the text (its letters and digits by the word index, then literally);
     * anywhere in the text, literally (LIKE with its metacharacters escaped, by the trigram index); or similar to a word.
     */
    private static String wordMatch(String word, Mode mode, Sql sql) {
        if (mode == Mode.SIMILAR) {
            return "s.search_text %> (select synergia_fold(" + sql.param(word) + "))";
        }
        if (mode == Mode.CONTAINS) {
            return "s.search_text like (select '%' || synergia_fold(" + sql.param(escapeLike(word)) + ") || '%')";
        }
        if (SearchTerms.prefixQuery(word) == null) {
            return "s.search_text ~ " + wordStart(word, sql);
        }
        // (the tsquery's operators are parameters: no colon in the SQL text for the query parser to take for a name)
        String tsquery = "s.words @@ (select to_tsquery('simple', string_agg(quote_literal(l) || " + sql.param(":*") + ", "
                + sql.param(" & ") + ")) from unnest(tsvector_to_array(to_tsvector('simple', synergia_fold(" + sql.param(word)
                + ")))) l)";
        // a word of letters and digits only: the prefix query on the words' index is the whole check (the
        // literal check, a regular expression on every match, cost 10 µs a row: 200 ms for "stowarzyszenie")
        if (LETTERS_AND_DIGITS.matcher(word).matches()) {
            return tsquery;
        }
        return tsquery + " and s.search_text ~ " + wordStart(word, sql);
    }

    /** The regular expression "the folded word, literally, after a character that is not a letter or digit". */
    private static String wordStart(String word, Sql sql) {
        // escaped here (a backslash before every character that is not a letter, digit or space: literal in a
        // PostgreSQL regular expression), folded there; the expression's own text travels as a parameter
        StringBuilder escaped = new StringBuilder();
        word.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return "(select " + sql.param("[^[:alnum:]]") + " || synergia_fold(" + sql.param(escaped.toString()) + "))";
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String order(Sort<InstitutionSort> sort, List<SearchTerms.Term> terms, Mode mode, String nearGmina, Sql sql) {
        boolean fuzzy = mode == Mode.SIMILAR;
        if (sort != null) {
            String dir = sort.descending() ? "desc" : "asc";
            return switch (sort.field()) {
                case NAME -> "s.name " + dir + ", s.institution_id " + dir;
                case TYPE -> "s.type " + dir + ", s.name, s.institution_id";
                case GMINA -> "s.gmina_name " + dir + ", s.name, s.institution_id";
            };
        }
        if (terms.isEmpty()) {
            return "s.name, s.institution_id";
        }
        List<String> score = new ArrayList<>();
        for (SearchTerms.Term term : terms) {
            if (!term.kinds().isEmpty()) {
                score.add("case when " + kindIn(term, sql) + " then 4 else 0 end");
            }
            for (String word : term.words()) {
                score.add(fuzzy ? "word_similarity((select synergia_fold(" + sql.param(word) + ")), s.search_text)"
                        : "case when s.name_text ~ " + wordStart(word, sql) + " then 2 else 1 end");
            }
        }
        String near = nearGmina == null ? "0"
                : "case when s.gmina_teryt = " + sql.param(nearGmina) + " then 2 when s.gmina_teryt like "
                        + sql.param(nearGmina.substring(0, 4) + "%") + " then 1 else 0 end";
        sql.scoreColumns = ", " + near + " as near, " + String.join(" + ", score) + " as score";
        return "s.near desc, s.score desc, s.name, s.institution_id";
    }

    /**
     * SQL text with its parameters. Fragments are built in any order, so each parameter is a marker
     * until the whole text is known; then the markers become ?1, ?2, … in the order they appear in
     * the text (Hibernate requires ordinal labels in sequence).
     */
    private static final class Sql {
        private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("\u0001(\\d+)\u0002");

        final List<Object> values = new ArrayList<>();
        String where;
        String scoreColumns = "";

        String param(Object value) {
            values.add(value);
            return "\u0001" + (values.size() - 1) + "\u0002";
        }

        String params(List<?> list) {
            return list.stream().map(this::param).collect(Collectors.joining(", "));
        }

        Query query(EntityManager em, String text) {
            java.util.regex.Matcher m = MARK.matcher(text);
            StringBuilder out = new StringBuilder();
            List<Object> ordered = new ArrayList<>();
            while (m.find()) {
                ordered.add(values.get(Integer.parseInt(m.group(1))));
                m.appendReplacement(out, "?" + ordered.size());
            }
            m.appendTail(out);
            Query query = em.createNativeQuery(out.toString());
            for (int i = 0; i < ordered.size(); i++) {
                query.setParameter(i + 1, ordered.get(i));
            }
            return query;
        }
    }
}
