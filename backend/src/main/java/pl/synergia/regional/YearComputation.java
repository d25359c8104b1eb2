package pl.synergia.regional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import pl.synergia.regional.Indicator.Measure;
import pl.synergia.regional.IndicatorCatalogue.SupplyGroup;
import pl.synergia.regional.MlwStage.Counted;
import pl.synergia.regional.MlwStage.Stage;
import pl.synergia.shared.figures.DirectoryFigures.SupplyFigure;
import pl.synergia.shared.figures.PartnershipFigures.PactFigure;
import pl.synergia.shared.figures.PlanFigures.AnswerTime;
import pl.synergia.shared.figures.PlanFigures.DayCount;
import pl.synergia.shared.figures.PlanFigures.MonthCount;
import pl.synergia.shared.institution.InstitutionType;

/**
 * Every value of every indicator for one calendar year (its months computed so far and the year),
 * at every level, from what the contexts' read models answered (pure: no database). Counts of
 * people go through {@link SuppressionPolicy} one voivodeship and indicator at a time; a ratio is
 * hidden when a count it is made of is hidden.
 */
final class YearComputation {

    /**
     * What the read models answered for the year. {@code days}: the day each month is taken on
     * (its last day; today for the current month). {@code flows}: indicator code → monthly counts.
     * {@code need}: gmina → need figure code → value.
     */
    record Inputs(int year, List<LocalDate> days, List<SupplyFigure> supply, List<PactFigure> pacts,
            Map<UUID, InstitutionType> types, List<DayCount> people, Map<String, List<MonthCount>> flows,
            List<AnswerTime> answerTimes, Map<String, Map<String, Long>> need, int k, ZoneId zone) {
    }

    private static final List<String> FLOW_CODES = List.of("PLANS_STARTED", "PLANS_CLOSED", "OUTCOMES", "REFERRALS_SENT",
            "REFERRALS_ACCEPTED", "REFERRALS_REJECTED", "STEPS_STARTED");

    private final Territory territory;
    private final Inputs in;
    private final List<String> periods = new ArrayList<>();
    private final List<String> yearOnly;
    private final Map<LocalDate, Integer> dayIndex = new HashMap<>();
    private final List<ValueRow> rows = new ArrayList<>();

    YearComputation(Territory territory, Inputs in) {
        this.territory = territory;
        this.in = in;
        for (int p = 0; p < in.days().size(); p++) {
            LocalDate day = in.days().get(p);
            periods.add(Periods.month(day.getYear(), day.getMonthValue()));
            dayIndex.put(day, p);
        }
        periods.add(Integer.toString(in.year()));
        yearOnly = List.of(Integer.toString(in.year()));
    }

    /** The indicator codes whose flows the plan read model is asked for. */
    static List<String> flowCodes() {
        return FLOW_CODES;
    }

    List<ValueRow> compute() {
        Map<String, List<SupplyFigure>> supply = byVoivodeship(in.supply(), SupplyFigure::gminaTeryt);
        Map<String, List<PactFigure>> pacts = byVoivodeship(in.pacts(), PactFigure::gminaTeryt);
        Map<String, List<DayCount>> people = byVoivodeship(in.people(), DayCount::gminaTeryt);
        Map<String, Map<String, List<MonthCount>>> flows = new HashMap<>();
        in.flows().forEach((code, counts) -> byVoivodeship(counts, MonthCount::gminaTeryt)
                .forEach((v, list) -> flows.computeIfAbsent(v, x -> new HashMap<>()).put(code, list)));
        for (String voivodeship : territory.voivodeships()) {
            Map<String, CountCube> supplyCubes = supply(voivodeship, supply.getOrDefault(voivodeship, List.of()));
            whiteSpots(voivodeship, supplyCubes.get("CIS_KIS_ENTITIES"));
            mlw(voivodeship, pacts.getOrDefault(voivodeship, List.of()));
            Map<String, CubeResult> needCubes = need(voivodeship);
            needRatios(needCubes, supplyCubes);
            work(voivodeship, people.getOrDefault(voivodeship, List.of()), flows.getOrDefault(voivodeship, Map.of()));
        }
        medians();
        return rows;
    }

    /** A cube with what is hidden in it. */
    private record CubeResult(CountCube cube, BitSet hidden) {
    }

    // ------------------------------------------------------------------ supply

    private Map<String, CountCube> supply(String voivodeship, List<SupplyFigure> figures) {
        Map<String, CountCube> cubes = new LinkedHashMap<>();
        for (SupplyGroup group : IndicatorCatalogue.SUPPLY_GROUPS) {
            boolean byProfile = group.prefix().equals("COOP");
            Map<String, Map<Integer, Map<String, Long>>> entities = new HashMap<>();
            Map<String, Map<Integer, Map<String, Long>>> places = new HashMap<>();
            for (SupplyFigure f : figures) {
                Integer p = dayIndex.get(f.day());
                if (p == null || !group.types().contains(f.type())) {
                    continue;
                }
                String key = byProfile ? (f.cooperativeProfile() == null ? "UNKNOWN" : f.cooperativeProfile()) : CountCube.TOTAL;
                add(entities, f.gminaTeryt(), p, key, f.entities());
                add(places, f.gminaTeryt(), p, CountCube.TOTAL, f.places());
            }
            cubes.put(group.prefix() + "_ENTITIES", publish(voivodeship, group.prefix() + "_ENTITIES", entities).cube());
            if (group.places()) {
                cubes.put(group.prefix() + "_PLACES", publish(voivodeship, group.prefix() + "_PLACES", places).cube());
            }
        }
        cubes.forEach((code, cube) -> perPopulation(IndicatorCatalogue.get(code + "_PER_10K"), cube, new BitSet()));
        return cubes;
    }

    /** Value × factor / inhabitants for every present total cell; stored where the count is not 0. */
    private void perPopulation(Indicator indicator, CountCube cube, BitSet hidden) {
        for (String unit : cube.units) {
            Long population = territory.population(unit);
            for (int p = 0; p < cube.periods.size(); p++) {
                int cell = cube.cell(unit, p, 0);
                if (!cube.present.get(cell)) {
                    continue;
                }
                if (hidden.get(cell)) {
                    rows.add(ValueRow.hidden(indicator.code(), unit, cube.periods.get(p), CountCube.TOTAL));
                } else if (population != null && cube.values[cell] != 0) {
                    rows.add(ratioRow(indicator, unit, cube.periods.get(p), cube.values[cell], population));
                }
            }
        }
    }

    // ------------------------------------------------------------------ white spots

    private void whiteSpots(String voivodeship, CountCube cisKis) {
        Map<String, Map<Integer, Map<String, Long>>> without = new HashMap<>();
        Map<String, Map<Integer, Map<String, Long>>> withoutInPowiat = new HashMap<>();
        int monthsCount = in.days().size();
        for (String powiat : territory.powiats(voivodeship)) {
            for (int p = 0; p < monthsCount; p++) {
                boolean powiatHasNone = cisKis.values[cisKis.cell(powiat, p, 0)] == 0;
                for (String gmina : territory.gminas(powiat)) {
                    add(without, gmina, p, CountCube.TOTAL, cisKis.values[cisKis.cell(gmina, p, 0)] == 0 ? 1 : 0);
                    add(withoutInPowiat, gmina, p, CountCube.TOTAL, powiatHasNone ? 1 : 0);
                }
            }
        }
        publish(voivodeship, "GMINAS_WITHOUT_CIS_KIS", without);
        publish(voivodeship, "GMINAS_WITHOUT_CIS_KIS_IN_POWIAT", withoutInPowiat);
        for (int p = 0; p < periods.size(); p++) {
            long count = 0;
            for (String powiat : territory.powiats(voivodeship)) {
                boolean none = cisKis.values[cisKis.cell(powiat, p, 0)] == 0;
                count += none ? 1 : 0;
                if (none) {
                    rows.add(count("POWIATS_WITHOUT_CIS_KIS", powiat, periods.get(p), CountCube.TOTAL, 1));
                }
            }
            if (count > 0) {
                rows.add(count("POWIATS_WITHOUT_CIS_KIS", voivodeship, periods.get(p), CountCube.TOTAL, count));
            }
        }
    }

    // ------------------------------------------------------------------ MLW

    private void mlw(String voivodeship, List<PactFigure> pacts) {
        Map<String, List<PactFigure>> byGmina = pacts.stream().collect(Collectors.groupingBy(PactFigure::gminaTeryt));
        Map<String, Map<String, Map<Integer, Map<String, Long>>>> data = new HashMap<>();
        for (Map.Entry<String, List<PactFigure>> gmina : byGmina.entrySet()) {
            for (int p = 0; p < in.days().size(); p++) {
                LocalDate day = in.days().get(p);
                Optional<Counted> counted = MlwStage.countedOn(gmina.getValue(), day, in.zone());
                if (counted.isEmpty()) {
                    continue;
                }
                PactFigure pact = counted.get().pact();
                Stage stage = counted.get().stage();
                String g = gmina.getKey();
                add(data, "MLW_PACT_" + stage.name(), g, p, CountCube.TOTAL, 1);
                if (stage == Stage.DISSOLVED) {
                    continue;
                }
                if (MlwStage.onOrBefore(pact.catalogueStartedAt(), day, in.zone())) {
                    add(data, "MLW_CATALOGUE_STARTED", g, p, CountCube.TOTAL, 1);
                }
                if (MlwStage.onOrBefore(pact.zslEstablishedOn(), day)) {
                    add(data, "MLW_ZSL_FORMED", g, p, CountCube.TOTAL, 1);
                }
                if (pact.variantCode() != null && MlwStage.onOrBefore(pact.variantDecidedOn(), day)) {
                    add(data, "MLW_VARIANT_CHOSEN", g, p, pact.variantCode(), 1);
                }
                if (pact.variantCode() != null && MlwStage.onOrBefore(pact.variantFinishedOn(), day)) {
                    add(data, "MLW_VARIANT_DONE", g, p, pact.variantCode(), 1);
                }
                for (var signatory : pact.signatories()) {
                    if (MlwStage.partyOn(signatory, day)) {
                        add(data, "MLW_SIGNATORIES", g, p, MlwStage.sector(signatory, in.types()), 1);
                    }
                }
            }
        }
        for (String code : List.of("MLW_PACT_DRAFT", "MLW_PACT_CONSULTATION", "MLW_PACT_ACTIVE", "MLW_PACT_DISSOLVED",
                "MLW_CATALOGUE_STARTED", "MLW_ZSL_FORMED", "MLW_VARIANT_CHOSEN", "MLW_VARIANT_DONE", "MLW_SIGNATORIES")) {
            CountCube cube = publish(voivodeship, code, data.getOrDefault(code, Map.of())).cube();
            if (code.equals("MLW_PACT_ACTIVE")) {
                Indicator share = IndicatorCatalogue.get("MLW_ACTIVE_SHARE");
                for (String unit : cube.units) {
                    if (unit.length() == 7) {
                        continue;
                    }
                    for (int p = 0; p < cube.periods.size(); p++) {
                        rows.add(ratioRow(share, unit, cube.periods.get(p), cube.values[cube.cell(unit, p, 0)],
                                territory.gminasWithin(unit).size()));
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ need

    private Map<String, CubeResult> need(String voivodeship) {
        Map<String, CubeResult> cubes = new HashMap<>();
        for (String figure : IndicatorCatalogue.NEED.keySet()) {
            Map<String, Map<Integer, Map<String, Long>>> data = new HashMap<>();
            for (String gmina : territory.gminasWithin(voivodeship)) {
                Long value = in.need().getOrDefault(gmina, Map.of()).get(figure);
                if (value != null) {
                    add(data, gmina, 0, CountCube.TOTAL, value);
                }
            }
            cubes.put("NEED_" + figure, publish(voivodeship, "NEED_" + figure, data, yearOnly));
        }
        return cubes;
    }

    private void needRatios(Map<String, CubeResult> need, Map<String, CountCube> supply) {
        for (Indicator ratio : IndicatorCatalogue.all()) {
            if (ratio.measure() != Measure.RATIO || !ratio.denominator().startsWith("NEED_")) {
                continue;
            }
            CountCube places = supply.get(ratio.numerator());
            CubeResult denominator = need.get(ratio.denominator());
            String year = yearOnly.get(0);
            for (String unit : denominator.cube().units) {
                int cell = denominator.cube().cell(unit, 0, 0);
                if (!denominator.cube().present.get(cell)) {
                    continue;
                }
                if (denominator.hidden().get(cell)) {
                    rows.add(ValueRow.hidden(ratio.code(), unit, year, CountCube.TOTAL));
                } else if (denominator.cube().values[cell] > 0) {
                    rows.add(ratioRow(ratio, unit, year, places.values[places.cell(unit, places.yearPeriod(), 0)],
                            denominator.cube().values[cell]));
                }
            }
        }
    }

    // ------------------------------------------------------------------ work done (people)

    private void work(String voivodeship, List<DayCount> people, Map<String, List<MonthCount>> flows) {
        Map<String, Map<Integer, Map<String, Long>>> active = new HashMap<>();
        for (DayCount c : people) {
            Integer p = dayIndex.get(c.day());
            if (p != null) {
                add(active, c.gminaTeryt(), p, CountCube.TOTAL, c.count());
            }
        }
        CubeResult activeCube = publish(voivodeship, "PEOPLE_ACTIVE_PLAN", active);
        perPopulation(IndicatorCatalogue.get("PEOPLE_ACTIVE_PLAN_PER_10K"), activeCube.cube(), activeCube.hidden());
        Map<String, CubeResult> cubes = new HashMap<>();
        for (String code : FLOW_CODES) {
            Map<String, Map<Integer, Map<String, Long>>> data = new HashMap<>();
            for (MonthCount c : flows.getOrDefault(code, List.of())) {
                int p = c.month().getMonthValue() - 1;
                if (c.month().getYear() == in.year() && p < in.days().size()) {
                    add(data, c.gminaTeryt(), p, c.key() == null ? CountCube.TOTAL : c.key(), c.count());
                }
            }
            cubes.put(code, publish(voivodeship, code, data));
        }
        acceptanceRate(cubes.get("REFERRALS_ACCEPTED"), cubes.get("REFERRALS_REJECTED"));
    }

    private void acceptanceRate(CubeResult accepted, CubeResult rejected) {
        Indicator rate = IndicatorCatalogue.get("REFERRAL_ACCEPTANCE_RATE");
        for (String unit : accepted.cube().units) {
            for (int p = 0; p < periods.size(); p++) {
                int a = accepted.cube().cell(unit, p, 0);
                int r = rejected.cube().cell(unit, p, 0);
                long yes = accepted.cube().values[a];
                long answered = yes + rejected.cube().values[r];
                if (accepted.hidden().get(a) || rejected.hidden().get(r)) {
                    rows.add(ValueRow.hidden(rate.code(), unit, periods.get(p), CountCube.TOTAL));
                } else if (answered > 0) {
                    rows.add(ratioRow(rate, unit, periods.get(p), yes, answered));
                }
            }
        }
    }

    private void medians() {
        Indicator median = IndicatorCatalogue.get("REFERRAL_ANSWER_DAYS_MEDIAN");
        for (AnswerTime t : in.answerTimes()) {
            if (!periods.contains(t.period()) || t.answered() == 0) {
                continue;
            }
            if (t.answered() < in.k()) {
                rows.add(ValueRow.hidden(median.code(), t.unit(), t.period(), CountCube.TOTAL));
            } else {
                rows.add(new ValueRow(median.code(), t.unit(), t.period(), CountCube.TOTAL,
                        BigDecimal.valueOf(t.medianDays()).setScale(1, RoundingMode.HALF_UP), null, null, false));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private CubeResult publish(String voivodeship, String code, Map<String, Map<Integer, Map<String, Long>>> data) {
        return publish(voivodeship, code, data, periods);
    }

    /** Builds the cube of one indicator, hides what must be hidden and adds its rows. */
    private CubeResult publish(String voivodeship, String code, Map<String, Map<Integer, Map<String, Long>>> data,
            List<String> cubePeriods) {
        Indicator indicator = IndicatorCatalogue.get(code);
        CountCube cube = new CountCube(territory, voivodeship, cubePeriods, indicator.measure(), data,
                indicator.source() != Indicator.Source.NEED_IMPORT);
        BitSet hidden = cube.suppressed(indicator.suppressed(), in.k());
        for (String unit : cube.units) {
            if (!indicator.levels().contains(Indicator.Level.ofCode(unit))) {
                continue;
            }
            for (int p = 0; p < cube.periods.size(); p++) {
                for (int b = 0; b < cube.keys.size(); b++) {
                    int cell = cube.cell(unit, p, b);
                    if (!cube.present.get(cell)) {
                        continue;
                    }
                    if (hidden.get(cell)) {
                        rows.add(ValueRow.hidden(code, unit, cube.periods.get(p), cube.keys.get(b)));
                    } else if (cube.values[cell] != 0 || !indicator.missingMeansZero()) {
                        rows.add(count(code, unit, cube.periods.get(p), cube.keys.get(b), cube.values[cell]));
                    }
                }
            }
        }
        return new CubeResult(cube, hidden);
    }

    private static ValueRow count(String code, String unit, String period, String key, long value) {
        return new ValueRow(code, unit, period, key, BigDecimal.valueOf(value), null, null, false);
    }

    private static ValueRow ratioRow(Indicator indicator, String unit, String period, long numerator, long denominator) {
        BigDecimal value = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(indicator.factor()))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        return new ValueRow(indicator.code(), unit, period, CountCube.TOTAL, value, BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator), false);
    }

    private static void add(Map<String, Map<Integer, Map<String, Long>>> data, String gmina, int period, String key, long value) {
        data.computeIfAbsent(gmina, g -> new HashMap<>()).computeIfAbsent(period, p -> new HashMap<>()).merge(key, value, Long::sum);
    }

    private static void add(Map<String, Map<String, Map<Integer, Map<String, Long>>>> data, String code, String gmina, int period,
            String key, long value) {
        add(data.computeIfAbsent(code, c -> new HashMap<>()), gmina, period, key, value);
    }

    private static <T> Map<String, List<T>> byVoivodeship(List<T> items, Function<T, String> gmina) {
        return items.stream().collect(Collectors.groupingBy(i -> gmina.apply(i).substring(0, 2)));
    }
}
