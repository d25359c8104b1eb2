package pl.synergia.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.synergia.shared.institution.InstitutionType;

/**
 * How the words of a directory search are read (issue #16): the words staff type for a kind of
 * institution, an acronym ("CIS", "MOPS", "PUP") or its full name ("spółdzielnia socjalna"), stand
 * for the institution type as well as for text; every other word is matched at the start of a
 * word of the name or address, gmina or powiat. Pure: the vocabulary comes from the caller.
 */
public final class SearchTerms {

    private static final Pattern WORD_PARTS = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchTerms() {
    }

    /**
     * One term of the search: the words typed (as typed, for the database's own folding) and the
     * institution types they name (empty for plain text). Every term must match.
     */
    public record Term(List<String> words, Set<InstitutionType> kinds) {
        public Term {
            words = List.copyOf(words);
            kinds = Set.copyOf(kinds);
        }
    }

    /**
     * The vocabulary: a folded phrase (one or more words) and the types it names. Longer phrases
     * are tried first, so "osrodek pomocy spolecznej" is one term, not three.
     */
    public record Vocabulary(Map<List<String>, Set<InstitutionType>> phrases) {
        public Vocabulary {
            phrases = Map.copyOf(phrases);
        }

        int longest() {
            return phrases.keySet().stream().mapToInt(List::size).max().orElse(0);
        }
    }

    /** The terms of {@code text}: none when blank. */
    public static List<Term> parse(String text, Vocabulary vocabulary) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] typed = text.strip().split("\\s+");
        List<String> folded = new ArrayList<>();
        for (String word : typed) {
            folded.add(fold(word));
        }
        List<Term> terms = new ArrayList<>();
        int i = 0;
        while (i < typed.length) {
            int taken = 0;
            Set<InstitutionType> kinds = Set.of();
            for (int n = Math.min(vocabulary.longest(), typed.length - i); n >= 1 && taken == 0; n--) {
                Set<InstitutionType> named = vocabulary.phrases().get(folded.subList(i, i + n));
                if (named != null) {
                    taken = n;
                    kinds = named;
                }
            }
            if (taken == 0) {
                taken = 1;
            }
            List<String> words = new ArrayList<>();
            for (int k = i; k < i + taken; k++) {
                words.add(typed[k]);
            }
            terms.add(new Term(words, kinds));
            i += taken;
        }
        return terms;
    }

    /** Lower case without diacritics ("Łódź" → "lodz"), for matching words against the vocabulary. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /**
     * The prefix query of a word for PostgreSQL's {@code to_tsquery('simple', …)}: each run of
     * letters and digits as a prefix, all required ("bielsko-biala" → {@code bielsko:* & biala:*});
     * null when the word has no letter or digit (then only its literal match applies).
     */
    public static String prefixQuery(String word) {
        Matcher parts = WORD_PARTS.matcher(fold(word));
        Set<String> found = new LinkedHashSet<>();
        while (parts.find()) {
            found.add(parts.group() + ":*");
        }
        return found.isEmpty() ? null : String.join(" & ", found);
    }
}
