package pl.synergia.notification;

import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The languages notifications are written in: Polish (the default) and English. */
@Schema(name = "NotificationLanguage", description = "pl (default) or en")
public enum Language {
    pl(Locale.forLanguageTag("pl-PL")), en(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The first of the header's languages we write in, in the order given (weights are not needed for two languages), else Polish. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return pl;
        }
        for (String part : header.split(",")) {
            String tag = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (tag.equals("pl") || tag.startsWith("pl-")) {
                return pl;
            }
            if (tag.equals("en") || tag.startsWith("en-")) {
                return en;
            }
        }
        return pl;
    }

    /** A language code from a token or a stored row; anything else is Polish. */
    public static Language of(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? en : pl;
    }
}
