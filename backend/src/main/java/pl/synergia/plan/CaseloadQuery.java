package pl.synergia.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import pl.synergia.shared.problem.FieldError;

/**
 * What a caseload list asks for: words of the name (each must be part of the first or last name,
 * without regard to case or diacritics), a PESEL (only ever from a request body, never a URL), plan statuses and an
 * order. Pure: parsed and checked here, applied by {@link PlanRepository#caseload}.
 */
public record CaseloadQuery(List<String> words, String pesel, Set<CaseloadPlanFilter> planStatus, Sort sort) {

    /** The count stops here: exact up to this many, then "more than" (as the directory's search). */
    public static final int CAP = 1000;
    /** Longest name text accepted. */
    public static final int Q_MAX = 100;
    /** Most words of the name used. */
    public static final int WORDS_MAX = 5;

    /** Orders of the list, as the API names them. */
    public enum Sort {
        NAME("name"), NAME_DESC("-name"), NEXT_DUE("nextDue"), NEXT_DUE_DESC("-nextDue");

        public final String api;

        Sort(String api) {
            this.api = api;
        }

        public static final String PATTERN = "^-?(name|nextDue)$";
    }

    public CaseloadQuery {
        words = List.copyOf(words);
        planStatus = planStatus.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(planStatus));
    }

    public static CaseloadQuery all() {
        return new CaseloadQuery(List.of(), null, Set.of(), Sort.NAME);
    }

    /** Parses the raw values; what is wrong goes to {@code errors} (field names as given). */
    public static CaseloadQuery parse(String q, String pesel, Collection<String> planStatus, String sort, List<FieldError> errors) {
        List<String> words = new ArrayList<>();
        if (q != null) {
            if (q.length() > Q_MAX) {
                errors.add(new FieldError("q", "too-long", "must be at most " + Q_MAX + " characters"));
            } else {
                for (String word : q.strip().split("[\\s,]+")) {
                    if (!word.isEmpty() && words.size() < WORDS_MAX) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        String p = pesel == null || pesel.isBlank() ? null : pesel.strip();
        if (p != null && !p.matches("[0-9]{11}")) {
            errors.add(new FieldError("pesel", "pattern", "must be 11 digits"));
        }
        EnumSet<CaseloadPlanFilter> statuses = EnumSet.noneOf(CaseloadPlanFilter.class);
        if (planStatus != null) {
            for (String s : planStatus) {
                if (s == null || s.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(CaseloadPlanFilter.valueOf(s.strip()));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("planStatus", "invalid-value", "must be one of DRAFT, ACTIVE, COMPLETED, CLOSED, NONE"));
                }
            }
        }
        Sort order = Sort.NAME;
        if (sort != null && !sort.isBlank()) {
            order = null;
            for (Sort candidate : Sort.values()) {
                if (candidate.api.equals(sort.strip())) {
                    order = candidate;
                }
            }
            if (order == null) {
                errors.add(new FieldError("sort", "invalid-value", "must be one of name, -name, nextDue, -nextDue"));
                order = Sort.NAME;
            }
        }
        return new CaseloadQuery(words, p, statuses, order);
    }

    /** A word as a LIKE pattern's inside: the pattern's metacharacters taken literally (escape \). */
    static String likeLiteral(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The total to report from a count taken up to {@link #CAP} + 1 rows. */
    static long total(long countedUpToCapPlusOne) {
        return Math.min(countedUpToCapPlusOne, CAP);
    }

    /** Whether more match than {@link #total} says. */
    static boolean capped(long countedUpToCapPlusOne) {
        return countedUpToCapPlusOne > CAP;
    }
}
