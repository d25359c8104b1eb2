package pl.synergia.regional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import pl.synergia.regional.Indicator.Breakdown;
import pl.synergia.regional.Indicator.Level;
import pl.synergia.regional.Indicator.Measure;
import pl.synergia.regional.Indicator.Periodicity;
import pl.synergia.regional.Indicator.Source;
import pl.synergia.regional.Indicator.Unit;
import pl.synergia.shared.institution.InstitutionType;

/**
 * The indicators of the regional platform (issue #11; seed 004, "RPW – jej najważniejsze zadania"):
 * supply of social-employment entities against need, MLW adoption and the work done in plans.
 * Codes are stable: recommendations and reports cite them.
 */
public final class IndicatorCatalogue {

    /** The entity groups of the supply: code prefix, the directory types counted, Polish and English names, whether places are counted. */
    record SupplyGroup(String prefix, Set<InstitutionType> types, String pl, String plGenitive, String en, boolean places) {
    }

    static final List<SupplyGroup> SUPPLY_GROUPS = List.of(
            new SupplyGroup("CIS", EnumSet.of(InstitutionType.CIS), "Centra integracji społecznej (CIS)",
                    "centrach integracji społecznej (CIS)", "Social integration centres (CIS)", true),
            new SupplyGroup("KIS", EnumSet.of(InstitutionType.KIS), "Kluby integracji społecznej (KIS)",
                    "klubach integracji społecznej (KIS)", "Social integration clubs (KIS)", true),
            new SupplyGroup("CIS_KIS", EnumSet.of(InstitutionType.CIS, InstitutionType.KIS), "CIS i KIS razem",
                    "CIS i KIS razem", "CIS and KIS together", true),
            new SupplyGroup("WTZ", EnumSet.of(InstitutionType.WTZ), "Warsztaty terapii zajęciowej (WTZ)",
                    "warsztatach terapii zajęciowej (WTZ)", "Occupational therapy workshops (WTZ)", true),
            new SupplyGroup("ZAZ", EnumSet.of(InstitutionType.ZAZ), "Zakłady aktywności zawodowej (ZAZ)",
                    "zakładach aktywności zawodowej (ZAZ)", "Vocational activity establishments (ZAZ)", true),
            new SupplyGroup("WTZ_ZAZ", EnumSet.of(InstitutionType.WTZ, InstitutionType.ZAZ), "WTZ i ZAZ razem",
                    "WTZ i ZAZ razem", "WTZ and ZAZ together", true),
            new SupplyGroup("OWES", EnumSet.of(InstitutionType.OWES), "Ośrodki wsparcia ekonomii społecznej (OWES)",
                    "ośrodkach wsparcia ekonomii społecznej (OWES)", "Social economy support centres (OWES)", false),
            new SupplyGroup("COOP", EnumSet.of(InstitutionType.SPOLDZIELNIA), "Spółdzielnie socjalne",
                    "spółdzielniach socjalnych", "Social cooperatives", false));

    /** Figures of need a ROPS imports (NeedFigure codes) and their names. */
    static final Map<String, String[]> NEED = needNames();

    private static final Set<Periodicity> MONTHS_AND_YEARS = EnumSet.allOf(Periodicity.class);
    private static final Set<Periodicity> YEARS = EnumSet.of(Periodicity.YEAR);
    private static final List<Level> ALL_LEVELS = List.of(Level.VOIVODESHIP, Level.POWIAT, Level.GMINA);

    private static final Map<String, Indicator> BY_CODE = build();

    private IndicatorCatalogue() {
    }

    public static List<Indicator> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static Optional<Indicator> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public static Indicator get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("no indicator " + code));
    }

    private static Map<String, String[]> needNames() {
        Map<String, String[]> need = new LinkedHashMap<>();
        need.put("SA_POVERTY", new String[] { "ubóstwa", "poverty" });
        need.put("SA_UNEMPLOYMENT", new String[] { "bezrobocia", "unemployment" });
        need.put("SA_DISABILITY", new String[] { "niepełnosprawności", "disability" });
        need.put("SA_LONG_TERM_ILLNESS", new String[] { "długotrwałej lub ciężkiej choroby", "long-term or serious illness" });
        need.put("SA_HOMELESSNESS", new String[] { "bezdomności", "homelessness" });
        need.put("SA_ADDICTION", new String[] { "uzależnienia (alkoholizmu, narkomanii)", "addiction (alcohol, drugs)" });
        need.put("UNEMPLOYED_REGISTERED", new String[] { "Bezrobotni zarejestrowani w PUP", "Registered unemployed" });
        need.put("UNEMPLOYED_LONG_TERM", new String[] { "Długotrwale bezrobotni zarejestrowani w PUP", "Long-term unemployed (registered)" });
        return Collections.unmodifiableMap(need);
    }

    private static Map<String, Indicator> build() {
        List<Indicator> list = new ArrayList<>();
        // --- supply: entities and places, on the last day of the period ---------------------------------
        for (SupplyGroup g : SUPPLY_GROUPS) {
            boolean coop = g.prefix().equals("COOP");
            list.add(count(g.prefix() + "_ENTITIES", g.pl() + ": liczba podmiotów", g.en() + ": entities",
                    "Liczba podmiotów (" + typesOf(g) + ") aktywnych w katalogu ostatniego dnia okresu"
                            + (coop ? " (wpis do KRS: liczą się od dnia wpisania do katalogu); według profilu: integracyjny, usługowy, mieszany."
                                    : ", ze statusem urzędowym właściwym dla typu, ważnym tego dnia."),
                    "Entities (" + typesOf(g) + ") active in the directory on the last day of the period"
                            + (coop ? " (KRS-registered: counted from the day they were entered in the directory); by profile: integration, service, mixed."
                                    : ", with the official status of their type valid on that day."),
                    Unit.ENTITIES, Source.DIRECTORY, coop ? Breakdown.COOPERATIVE_PROFILE : Breakdown.NONE));
            if (g.places()) {
                list.add(count(g.prefix() + "_PLACES", g.pl() + ": liczba miejsc", g.en() + ": places",
                        "Suma miejsc (liczba uczestników, których podmiot może przyjąć) w " + g.plGenitive()
                                + " liczonych jak w " + g.prefix() + "_ENTITIES.",
                        "Sum of the places (participants the entity can take) of the " + g.en() + " counted as in "
                                + g.prefix() + "_ENTITIES.",
                        Unit.PLACES, Source.DIRECTORY, Breakdown.NONE));
            }
        }
        for (SupplyGroup g : SUPPLY_GROUPS) {
            list.add(perPopulation(g.prefix() + "_ENTITIES", g.pl() + ": podmioty", g.en() + ": entities"));
            if (g.places()) {
                list.add(perPopulation(g.prefix() + "_PLACES", g.pl() + ": miejsca", g.en() + ": places"));
            }
        }
        // --- white spots ------------------------------------------------------------------------------
        list.add(count("GMINAS_WITHOUT_CIS_KIS", "Gminy bez własnego CIS ani KIS", "Gminas with no CIS or KIS of their own",
                "Gminy, w których ostatniego dnia okresu nie działa żaden CIS ani KIS (liczonych jak w CIS_KIS_ENTITIES); "
                        + "dla gminy 1 albo 0, dla powiatu i województwa liczba takich gmin.",
                "Gminas with no CIS or KIS (counted as in CIS_KIS_ENTITIES) on the last day of the period; 1 or 0 for a "
                        + "gmina, the number of such gminas for a powiat and a voivodeship.",
                Unit.GMINAS, Source.DIRECTORY, Breakdown.NONE));
        list.add(count("GMINAS_WITHOUT_CIS_KIS_IN_POWIAT", "Gminy w powiatach bez CIS i KIS",
                "Gminas in powiats with no CIS or KIS",
                "Gminy, w których całym powiecie ostatniego dnia okresu nie działa żaden CIS ani KIS (białe plamy); "
                        + "dla gminy 1 albo 0, dla powiatu i województwa liczba takich gmin.",
                "Gminas whose whole powiat has no CIS or KIS on the last day of the period (white spots); 1 or 0 for a "
                        + "gmina, the number of such gminas for a powiat and a voivodeship.",
                Unit.GMINAS, Source.DIRECTORY, Breakdown.NONE));
        list.add(new Indicator("POWIATS_WITHOUT_CIS_KIS", "Powiaty bez CIS i KIS", "Powiats with no CIS or KIS",
                "Powiaty, w których ostatniego dnia okresu nie działa żaden CIS ani KIS; dla powiatu 1 albo 0.",
                "Powiats with no CIS or KIS on the last day of the period; 1 or 0 for a powiat.",
                Unit.POWIATS, Source.DIRECTORY, Measure.STOCK, List.of(Level.VOIVODESHIP, Level.POWIAT), MONTHS_AND_YEARS,
                false, Breakdown.NONE, null, null, 1));
        // --- need (imported by the ROPS, yearly) --------------------------------------------------------
        NEED.forEach((figure, names) -> {
            boolean assistance = figure.startsWith("SA_");
            list.add(new Indicator("NEED_" + figure,
                    assistance ? "Osoby w rodzinach objętych pomocą społeczną z powodu " + names[0] : names[0],
                    assistance ? "People in families receiving social assistance because of " + names[1] : names[1],
                    (assistance ? "Liczba osób w rodzinach, którym przyznano świadczenia pomocy społecznej z powodu " + names[0]
                            + " (ocena zasobów pomocy społecznej, OZPS)"
                            : "Liczba osób (" + names[0].toLowerCase(java.util.Locale.ROOT) + ") według danych PUP")
                            + ", w roku; import ROPS. Powiat i województwo: suma gmin, gdy zaimportowano dane wszystkich jego gmin.",
                    (assistance ? "People in families granted social assistance because of " + names[1]
                            + " (social-assistance resource assessment, OZPS)"
                            : names[1] + " according to the labour offices")
                            + ", in the year; imported by the ROPS. Powiat and voivodeship: the sum of their gminas when all of them were imported.",
                    Unit.PEOPLE, Source.NEED_IMPORT, Measure.FLOW, ALL_LEVELS, YEARS, true, Breakdown.NONE, null, null, 1));
        });
        // --- supply against need -----------------------------------------------------------------------
        list.add(ratio("CIS_KIS_PLACES_PER_100_SA_UNEMPLOYMENT", "Miejsca w CIS i KIS na 100 osób wspieranych z powodu bezrobocia",
                "CIS and KIS places per 100 people helped because of unemployment", "CIS_KIS_PLACES", "NEED_SA_UNEMPLOYMENT"));
        list.add(ratio("CIS_KIS_PLACES_PER_100_LONG_TERM_UNEMPLOYED", "Miejsca w CIS i KIS na 100 długotrwale bezrobotnych",
                "CIS and KIS places per 100 long-term unemployed", "CIS_KIS_PLACES", "NEED_UNEMPLOYED_LONG_TERM"));
        list.add(ratio("WTZ_ZAZ_PLACES_PER_100_SA_DISABILITY", "Miejsca w WTZ i ZAZ na 100 osób wspieranych z powodu niepełnosprawności",
                "WTZ and ZAZ places per 100 people helped because of disability", "WTZ_ZAZ_PLACES", "NEED_SA_DISABILITY"));
        // --- MLW adoption -------------------------------------------------------------------------------
        for (String[] stage : new String[][] { { "DRAFT", "w przygotowaniu (projekt)", "in drafting" },
                { "CONSULTATION", "w konsultacjach", "in consultation" }, { "ACTIVE", "zawarty (aktywny)", "signed (active)" },
                { "DISSOLVED", "rozwiązany", "dissolved" } }) {
            list.add(count("MLW_PACT_" + stage[0], "Gminy z Paktem na rzecz MLW: " + stage[1],
                    "Gminas with an MLW Pakt " + stage[2],
                    "Gminy, których Pakt na rzecz MLW ostatniego dnia okresu jest " + stage[1]
                            + " (gdy gmina ma kilka Paktów, liczy się najdalej zaawansowany).",
                    "Gminas whose MLW Pakt is " + stage[2] + " on the last day of the period (of several Pakts of a gmina the "
                            + "most advanced counts).",
                    Unit.GMINAS, Source.PARTNERSHIP, Breakdown.NONE));
        }
        list.add(new Indicator("MLW_ACTIVE_SHARE", "Odsetek gmin z zawartym Paktem na rzecz MLW", "Share of gminas with a signed MLW Pakt",
                "MLW_PACT_ACTIVE × 100 / liczba gmin jednostki.", "MLW_PACT_ACTIVE × 100 / the number of gminas of the unit.",
                Unit.PERCENT, Source.PARTNERSHIP, Measure.RATIO, List.of(Level.VOIVODESHIP, Level.POWIAT), MONTHS_AND_YEARS, false,
                Breakdown.NONE, "MLW_PACT_ACTIVE", "GMINAS", 100));
        list.add(count("MLW_CATALOGUE_STARTED", "Gminy z rozpoczętym katalogiem interesariuszy", "Gminas that started their stakeholder catalogue",
                "Gminy, których Pakt (jak w MLW_PACT_*) ma w gminnym katalogu interesariuszy co najmniej jeden wpis ostatniego dnia okresu.",
                "Gminas whose Pakt (as in MLW_PACT_*) has at least one entry in its stakeholder catalogue on the last day of the period.",
                Unit.GMINAS, Source.PARTNERSHIP, Breakdown.NONE));
        list.add(count("MLW_ZSL_FORMED", "Gminy z powołanym Zespołem Synergii Lokalnej", "Gminas with a Local Synergy Team (ZSL)",
                "Gminy, których ZSL został powołany (data powołania) najpóźniej ostatniego dnia okresu.",
                "Gminas whose ZSL was established on or before the last day of the period.",
                Unit.GMINAS, Source.PARTNERSHIP, Breakdown.NONE));
        list.add(count("MLW_VARIANT_CHOSEN", "Gminy z wybranym wariantem organizacyjnym", "Gminas that chose an organisational variant",
                "Gminy, które ostatniego dnia okresu mają wybrany wariant usług reintegracji (wybrany, w realizacji lub zrealizowany; "
                        + "data decyzji); według wariantu.",
                "Gminas with a chosen variant of reintegration services on the last day of the period (chosen, in progress or "
                        + "done; by the date of the decision); by variant.",
                Unit.GMINAS, Source.PARTNERSHIP, Breakdown.VARIANT));
        list.add(count("MLW_VARIANT_DONE", "Gminy ze zrealizowanym wariantem organizacyjnym", "Gminas that carried out their variant",
                "Gminy, których wybrany wariant został zrealizowany (data zakończenia) najpóźniej ostatniego dnia okresu; według wariantu.",
                "Gminas whose chosen variant was carried out (finish date) on or before the last day of the period; by variant.",
                Unit.GMINAS, Source.PARTNERSHIP, Breakdown.VARIANT));
        list.add(count("MLW_SIGNATORIES", "Sygnatariusze Paktów na rzecz MLW", "Signatories of MLW Pakts",
                "Strony Paktów (jak w MLW_PACT_*, bez rozwiązanych) przystępujące najpóźniej i niewycofane ostatniego dnia okresu; "
                        + "według sektora z gminnego katalogu interesariuszy (a bez wpisu: według typu instytucji; osoby prywatne: liderzy społeczni).",
                "Parties to the Pakts (as in MLW_PACT_*, dissolved ones left out) that joined and had not withdrawn on the last day "
                        + "of the period; by the sector of the gmina's stakeholder catalogue (without an entry: by institution type; "
                        + "private persons: social leaders).",
                Unit.SIGNATORIES, Source.PARTNERSHIP, Breakdown.SECTOR));
        // --- work done: plans and referrals (people: suppressed) -----------------------------------------
        list.add(people("PEOPLE_ACTIVE_PLAN", "Osoby z aktywnym planem działania", "People with an active action plan",
                "Osoby (każda raz) z planem działania w toku ostatniego dnia okresu (nie szkic, okres planu rozpoczęty, plan niezakończony), "
                        + "według gminy zamieszkania.",
                "People (each once) with an action plan in force on the last day of the period (not a draft, begun, not finished), "
                        + "by gmina of residence.",
                Unit.PEOPLE, Measure.STOCK, Breakdown.NONE));
        list.add(new Indicator("PEOPLE_ACTIVE_PLAN_PER_10K", "Osoby z aktywnym planem działania na 10 tys. mieszkańców",
                "People with an active action plan per 10,000 inhabitants",
                "PEOPLE_ACTIVE_PLAN × 10 000 / ludność (GUS BDL 2025); ukryte, gdy ukryta jest liczba osób.",
                "PEOPLE_ACTIVE_PLAN × 10,000 / population (Statistics Poland, 2025); hidden when the count of people is hidden.",
                Unit.PER_10K, Source.PLAN, Measure.RATIO, ALL_LEVELS, MONTHS_AND_YEARS, true, Breakdown.NONE,
                "PEOPLE_ACTIVE_PLAN", Indicator.POPULATION, 10_000));
        list.add(people("PLANS_STARTED", "Rozpoczęte plany działania", "Action plans started",
                "Plany (nie szkice), których okres rozpoczął się w okresie.", "Plans (not drafts) whose period began in the period.",
                Unit.PLANS, Measure.FLOW, Breakdown.NONE));
        list.add(people("PLANS_CLOSED", "Zakończone plany działania", "Action plans finished",
                "Plany zakończone (zrealizowane lub zamknięte) w okresie.", "Plans completed or closed in the period.",
                Unit.PLANS, Measure.FLOW, Breakdown.NONE));
        list.add(people("OUTCOMES", "Rezultaty planów działania", "Outcomes of action plans",
                "Rezultaty planów (np. podjęcie pracy, ukończenie szkolenia, opuszczenie programu) odnotowane z datą w okresie; "
                        + "według rodzaju.",
                "Outcomes of plans (e.g. job taken, training completed, left the programme) dated in the period; by kind.",
                Unit.OUTCOMES, Measure.FLOW, Breakdown.OUTCOME_KIND));
        list.add(people("REFERRALS_SENT", "Wysłane skierowania", "Referrals sent",
                "Skierowania wysłane w okresie; według typów instytucji kierującej i przyjmującej (np. OPS>PUP).",
                "Referrals sent in the period; by the types of the sending and the receiving institution (e.g. OPS>PUP).",
                Unit.REFERRALS, Measure.FLOW, Breakdown.INSTITUTION_TYPES));
        list.add(people("REFERRALS_ACCEPTED", "Przyjęte skierowania", "Referrals accepted",
                "Skierowania przyjęte w okresie (data odpowiedzi); według typów instytucji.",
                "Referrals accepted in the period (date of the answer); by institution types.",
                Unit.REFERRALS, Measure.FLOW, Breakdown.INSTITUTION_TYPES));
        list.add(people("REFERRALS_REJECTED", "Odrzucone skierowania", "Referrals rejected",
                "Skierowania odrzucone w okresie (data odpowiedzi); według typów instytucji.",
                "Referrals rejected in the period (date of the answer); by institution types.",
                Unit.REFERRALS, Measure.FLOW, Breakdown.INSTITUTION_TYPES));
        list.add(new Indicator("REFERRAL_ACCEPTANCE_RATE", "Odsetek przyjętych skierowań", "Share of referrals accepted",
                "REFERRALS_ACCEPTED × 100 / (REFERRALS_ACCEPTED + REFERRALS_REJECTED); ukryty, gdy ukryta jest któraś z tych liczb.",
                "REFERRALS_ACCEPTED × 100 / (REFERRALS_ACCEPTED + REFERRALS_REJECTED); hidden when either count is hidden.",
                Unit.PERCENT, Source.PLAN, Measure.RATIO, ALL_LEVELS, MONTHS_AND_YEARS, true, Breakdown.NONE,
                "REFERRALS_ACCEPTED", "REFERRALS_ANSWERED", 100));
        list.add(new Indicator("REFERRAL_ANSWER_DAYS_MEDIAN", "Mediana czasu odpowiedzi na skierowanie", "Median time to answer a referral",
                "Mediana czasu (dni) od wysłania do przyjęcia lub odrzucenia skierowań, na które odpowiedziano w okresie; "
                        + "ukryta, gdy odpowiedzi było mniej niż k.",
                "Median time (days) from sending to accepting or rejecting of the referrals answered in the period; hidden when "
                        + "fewer than k were answered.",
                Unit.DAYS, Source.PLAN, Measure.MEDIAN, ALL_LEVELS, MONTHS_AND_YEARS, true, Breakdown.NONE, null, null, 1));
        list.add(people("STEPS_STARTED", "Rozpoczęte działania planów według usługi", "Plan steps started by service",
                "Działania (kroki) planów rozpoczęte w okresie (data faktyczna, a bez niej planowana), bez anulowanych; według "
                        + "usługi katalogu (każda usługa w jednym reżimie prawnym, np. staż wg ustawy z 2004 i z 2025 r. osobno).",
                "Plan steps begun in the period (actual start, else planned), cancelled ones left out; by catalogue service (each "
                        + "service under one legal regime, e.g. the internship of the 2004 and of the 2025 act apart).",
                Unit.STEPS, Measure.FLOW, Breakdown.SERVICE));
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Indicator i : list) {
            if (byCode.put(i.code(), i) != null) {
                throw new IllegalStateException("duplicate indicator " + i.code());
            }
        }
        return Collections.unmodifiableMap(byCode);
    }

    private static String typesOf(SupplyGroup g) {
        return g.types().stream().map(t -> t == InstitutionType.SPOLDZIELNIA ? "spółdzielnia socjalna" : t.name())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static Indicator count(String code, String pl, String en, String defPl, String defEn, Unit unit, Source source,
            Breakdown breakdown) {
        return new Indicator(code, pl, en, defPl, defEn, unit, source, Measure.STOCK, ALL_LEVELS, MONTHS_AND_YEARS, false,
                breakdown, null, null, 1);
    }

    private static Indicator people(String code, String pl, String en, String defPl, String defEn, Unit unit, Measure measure,
            Breakdown breakdown) {
        return new Indicator(code, pl, en, defPl, defEn, unit, Source.PLAN, measure, ALL_LEVELS, MONTHS_AND_YEARS, true,
                breakdown, null, null, 1);
    }

    private static Indicator perPopulation(String of, String pl, String en) {
        return new Indicator(of + "_PER_10K", pl + " na 10 tys. mieszkańców", en + " per 10,000 inhabitants",
                of + " × 10 000 / ludność jednostki (GUS BDL 2025).", of + " × 10,000 / population of the unit (Statistics Poland, 2025).",
                Unit.PER_10K, Source.DIRECTORY, Measure.RATIO, ALL_LEVELS, MONTHS_AND_YEARS, false, Breakdown.NONE, of,
                Indicator.POPULATION, 10_000);
    }

    private static Indicator ratio(String code, String pl, String en, String numerator, String denominator) {
        return new Indicator(code, pl, en,
                numerator + " × 100 / " + denominator + " (stan miejsc na koniec roku); ukryty, gdy ukryta jest liczba osób; "
                        + "brak danych, gdy ROPS nie zaimportował " + denominator + ".",
                numerator + " × 100 / " + denominator + " (places at the end of the year); hidden when the count of people is "
                        + "hidden; no data when the ROPS has not imported " + denominator + ".",
                Unit.PER_100, Source.NEED_IMPORT, Measure.RATIO, ALL_LEVELS, YEARS, true, Breakdown.NONE, numerator, denominator, 100);
    }
}
