package pl.synergia.partnership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import pl.synergia.shared.territory.Gmina;

/**
 * The Polish texts of partnerships: a model text's {{placeholders}} filled for a gmina (see V26):
 * its name, its council and office as the gmina's type calls them, and the voivodeship in the
 * genitive and locative; the names of kinds and statuses the history uses.
 */
public final class PartnershipTexts {

    private static final Locale PL = Locale.forLanguageTag("pl");

    private PartnershipTexts() {
    }

    public static Map<String, String> placeholders(Gmina gmina) {
        boolean rural = "gmina wiejska".equals(gmina.type);
        String voivodeship = gmina.powiat.voivodeship.name;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("gmina", gmina.name);
        values.put("radaGminy", rural ? "Rada Gminy" : "Rada Miejska");
        values.put("urzedzieGminy", rural ? "Urzędzie Gminy" : "Urzędzie Miejskim");
        values.put("wojewodztwa", adjective(voivodeship, "iego"));
        values.put("wojewodztwie", adjective(voivodeship, "im"));
        return values;
    }

    /** "mazowieckie" → "Mazowieckiego" / "Mazowieckim"; "kujawsko-pomorskie" → "Kujawsko-Pomorskiego". */
    static String adjective(String nominative, String ending) {
        String stem = nominative.endsWith("ie") ? nominative.substring(0, nominative.length() - 2) : nominative;
        StringBuilder out = new StringBuilder();
        for (String part : (stem + ending).split("-", -1)) {
            if (!out.isEmpty()) {
                out.append('-');
            }
            out.append(part.isEmpty() ? part : part.substring(0, 1).toUpperCase(PL) + part.substring(1));
        }
        return out.toString();
    }

    public static String fill(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return result;
    }

    public static List<Section> sections(PartnershipTemplate template, Map<String, String> values) {
        List<Section> sections = new ArrayList<>();
        for (Section s : template.sections) {
            sections.add(new Section(s.position, s.number, s.heading, fill(s.body, values)));
        }
        return sections;
    }

    public static String defaultTitle(PartnershipKind kind, Gmina gmina) {
        return switch (kind) {
            case PACT -> "Pakt na rzecz Modelu Lokalnej Współpracy w Gminie " + gmina.name;
            case COOPERATION_AGREEMENT -> "Porozumienie o współpracy OPS, PUP i organizacji pozarządowej w Gminie " + gmina.name;
        };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String kindPl(PartnershipKind kind) {
        return kind == PartnershipKind.PACT ? "Pakt na rzecz MLW" : "porozumienie o współpracy OPS–PUP–NGO";
    }

    static String statusPl(PartnershipStatus status) {
        return switch (status) {
            case DRAFT -> "projekt";
            case CONSULTATION -> "konsultacje";
            case ACTIVE -> "obowiązujące";
            case DISSOLVED -> "rozwiązane";
        };
    }
}
