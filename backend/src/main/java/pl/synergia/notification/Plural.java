package pl.synergia.notification;

/**
 * Plural forms chosen by the CLDR (ICU) rules for whole numbers: Polish has {@code one} (1),
 * {@code few} (2–4, 22–24, …, but not 12–14) and {@code many} (0, 5–21, 25–31, …); English has
 * {@code one} (1) and {@code other}. Pure, so the rules are tested on their own.
 */
public final class Plural {

    /** The CLDR plural categories used by Polish and English. */
    public enum Category {
        ONE, FEW, MANY, OTHER
    }

    private Plural() {
    }

    public static Category of(Language language, long n) {
        long abs = Math.abs(n);
        if (language == Language.en) {
            return abs == 1 ? Category.ONE : Category.OTHER;
        }
        long mod10 = abs % 10;
        long mod100 = abs % 100;
        if (abs == 1) {
            return Category.ONE;
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return Category.FEW;
        }
        return Category.MANY;
    }

    /** The word for {@code n}: Polish one / few / many, English one / other (the {@code few} form is ignored). */
    public static String choose(Language language, long n, String one, String few, String many) {
        return switch (of(language, n)) {
            case ONE -> one;
            case FEW -> few;
            case MANY, OTHER -> many;
        };
    }

    /** {@code n} and its word, e.g. "5 dni", "1 day". */
    public static String count(Language language, long n, String one, String few, String many) {
        return n + " " + choose(language, n, one, few, many);
    }
}
