package pl.synergia.regional;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One indicator of the catalogue (like a variable of the GUS Local Data Bank): what it counts,
 * from which source, in which unit, at which levels and periods, and whether small counts of
 * people are suppressed. Values are computed by the refresh into indicator_value.
 *
 * @param numerator   for a ratio: the indicator divided (value = numerator × factor / denominator)
 * @param denominator for a ratio: the indicator divided by; {@code POPULATION} for the inhabitants of the unit
 */
public record Indicator(String code, String namePl, String nameEn, String definitionPl, String definitionEn, Unit unit,
        Source source, Measure measure, List<Level> levels, Set<Periodicity> periodicity, boolean suppressed,
        Breakdown breakdown, String numerator, String denominator, int factor) {

    public static final String POPULATION = "POPULATION";

    /** The unit of the values. */
    @Schema(name = "IndicatorUnit")
    public enum Unit {
        ENTITIES("podmioty", "entities"), PLACES("miejsca", "places"), GMINAS("gminy", "gminas"),
        POWIATS("powiaty", "powiats"), PEOPLE("osoby", "people"), PLANS("plany", "plans"),
        OUTCOMES("rezultaty", "outcomes"), REFERRALS("skierowania", "referrals"), STEPS("działania", "steps"),
        SIGNATORIES("sygnatariusze", "signatories"), PER_10K("na 10 tys. mieszkańców", "per 10,000 inhabitants"),
        PER_100("na 100 osób", "per 100 people"), PERCENT("%", "%"), DAYS("dni", "days");

        public final String pl;
        public final String en;

        Unit(String pl, String en) {
            this.pl = pl;
            this.en = en;
        }
    }

    /** Where the figures come from. */
    @Schema(name = "IndicatorSource")
    public enum Source {
        DIRECTORY("Katalog instytucji Synergii (rejestr publiczny): wpisy aktywne; CIS, KIS, WTZ, ZAZ i OWES tylko ze statusem urzędowym ważnym w dniu",
                "Synergia institution directory (a public register): active entries; CIS, KIS, WTZ, ZAZ and OWES only with an official status valid on the day"),
        PARTNERSHIP("Porozumienia Synergii (Pakt na rzecz MLW, akt publiczny gminy)",
                "Synergia partnerships (the MLW Pakt, a public act of the gmina)"),
        PLAN("Indywidualne plany działania i skierowania w Synergii, według gminy zamieszkania osoby; tylko liczby zbiorcze",
                "Synergia individual action plans and referrals, by the person's gmina of residence; aggregates only"),
        NEED_IMPORT("Dane ROPS o potrzebach (ocena zasobów pomocy społecznej, dane PUP), importowane przez ROPS",
                "The ROPS's figures of need (social-assistance resource assessment, labour-office data), imported by the ROPS"),
        POPULATION("GUS, Bank Danych Lokalnych: ludność (zmienna 72305), rok 2025",
                "Statistics Poland, Local Data Bank: population (variable 72305), year 2025");

        public final String pl;
        public final String en;

        Source(String pl, String en) {
            this.pl = pl;
            this.en = en;
        }
    }

    /** How a value relates to its period, and so how the year relates to its months. */
    @Schema(name = "IndicatorMeasure")
    public enum Measure {
        /** A state on the last day of the period (on the day of the refresh for the current period); the year equals its last month. */
        STOCK,
        /** A count of events in the period; the year is the sum of its months. */
        FLOW,
        /** numerator × factor / denominator, each of the same unit and period. */
        RATIO,
        /** A median over the events of the period. */
        MEDIAN
    }

    @Schema(name = "TerritorialLevel")
    public enum Level {
        VOIVODESHIP(2), POWIAT(4), GMINA(7);

        public final int codeLength;

        Level(int codeLength) {
            this.codeLength = codeLength;
        }

        public static Level ofCode(String teryt) {
            return switch (teryt.length()) {
                case 2 -> VOIVODESHIP;
                case 4 -> POWIAT;
                case 7 -> GMINA;
                default -> throw new IllegalArgumentException("not a TERYT unit code: " + teryt);
            };
        }
    }

    @Schema(name = "Periodicity")
    public enum Periodicity {
        MONTH, YEAR
    }

    /** What the values of one unit and period are split by (the total is the sum of the parts). */
    @Schema(name = "IndicatorBreakdown")
    public enum Breakdown {
        NONE, COOPERATIVE_PROFILE, OUTCOME_KIND, INSTITUTION_TYPES, SERVICE, VARIANT, SECTOR
    }

    /**
     * A value missing from the table is 0 (a count, or a count per inhabitant: it is 0 exactly when
     * the count is) or unknown (another ratio, a median, an imported figure not imported).
     */
    public boolean missingMeansZero() {
        if (measure == Measure.RATIO) {
            return POPULATION.equals(denominator);
        }
        return source != Source.NEED_IMPORT && (measure == Measure.STOCK || measure == Measure.FLOW);
    }

    /** Figures of public registers: anyone may see them, for every voivodeship. */
    public boolean publicRegister() {
        return !suppressed;
    }

    public boolean monthly() {
        return periodicity.contains(Periodicity.MONTH);
    }
}
