package pl.synergia.regional;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import pl.synergia.regional.FigureQueries.PeriodInfo;
import pl.synergia.regional.FigureQueries.ValueSort;
import pl.synergia.regional.Indicator.Level;
import pl.synergia.regional.Indicator.Periodicity;
import pl.synergia.shared.csv.CsvCells;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;

/**
 * The figures as the API gives them: scoped to the caller's voivodeship (RegionalScope), read
 * from the precomputed tables only (FigureQueries).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionalFigureService {

    @Inject
    RecommendationService recommendations;

    /** A request for values: everything already parsed; {@code unit} and {@code period} may be null (defaults). */
    public record ValuesQuery(Indicator indicator, Level level, String unit, String period, String breakdown, ValueSort sort,
            boolean descending) {
    }

    @Inject
    FigureQueries queries;

    @Inject
    RegionalScope scope;

    @Inject
    RegionalConfig config;

    public List<IndicatorResponse> catalogue() {
        Optional<PeriodInfo> month = queries.latest(false);
        Optional<PeriodInfo> year = queries.latest(true);
        return IndicatorCatalogue.all().stream()
                .map(i -> IndicatorResponse.of(i, (i.monthly() ? month : year).orElse(null))).toList();
    }

    public IndicatorResponse indicator(Indicator indicator) {
        return IndicatorResponse.of(indicator, queries.latest(!indicator.monthly()).orElse(null));
    }

    /** The period asked for (checked against the indicator and computed), or the latest computed. */
    public PeriodInfo period(Indicator indicator, String period) {
        if (period == null) {
            return queries.latest(!indicator.monthly()).orElseThrow(() -> ProblemException.notFound(
                    "No figures have been computed yet; an administrator starts a refresh (POST /api/v1/regional/refreshes)."));
        }
        if (!Periods.isYear(period) && !indicator.monthly()) {
            throw ProblemException.invalidParameters(List.of(new FieldError("period", "invalid-for-indicator",
                    "must be a year (YYYY): " + indicator.code() + " is yearly")));
        }
        return queries.period(period).orElseThrow(() -> ProblemException.notFound(
                "The figures of " + period + " have not been computed (periods of the last years are, see synergia.regional.refresh)."));
    }

    /** The TERYT prefix whose units are listed: the parent asked for, checked against the caller's scope, or the caller's own. */
    String prefix(Indicator indicator, Level level, String unit) {
        if (unit != null) {
            scope.requireVisible(indicator, unit);
            return unit;
        }
        if (level == Level.VOIVODESHIP && indicator.publicRegister()) {
            return "";
        }
        return scope.defaultPrefix();
    }

    public ValuePage values(ValuesQuery q, PeriodInfo period, int page, int size) {
        String prefix = prefix(q.indicator(), q.level(), q.unit());
        FigureQueries.ValueList list = queries.values(q.indicator(), q.level(), prefix, period.period(), breakdownKey(q.breakdown()),
                q.sort(), q.descending(), page * size, size);
        long total = list.total();
        return new ValuePage(q.indicator().code(), q.level(), period.period(), q.breakdown(), period.asOf(), period.computedAt(),
                config.suppression().k(), list.items(), page, size, total, (int) Math.max(1, (total + size - 1) / size));
    }

    /** Every row of the list as CSV (UTF-8 with BOM, RFC 4180): the table a spreadsheet opens. */
    public StreamingOutput valuesCsv(ValuesQuery q, PeriodInfo period) {
        String prefix = prefix(q.indicator(), q.level(), q.unit());
        List<UnitValue> items = queries.values(q.indicator(), q.level(), prefix, period.period(), breakdownKey(q.breakdown()), q.sort(),
                q.descending(), null, null).items();
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write(CsvCells.BOM);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                csv.printRecord("indicator", "period", "as_of", "breakdown", "level", "unit_teryt", "name", "powiat", "value",
                        "suppressed", "numerator", "denominator");
                for (UnitValue v : items) {
                    csv.printRecord(q.indicator().code(), period.period(), period.asOf(), q.breakdown() == null ? "" : q.breakdown(),
                            v.level(), v.unit(), CsvCells.protect(v.name()), CsvCells.protect(v.powiatName()), plain(v.value()),
                            v.suppressed(), plain(v.numerator()), plain(v.denominator()));
                }
            }
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String breakdownKey(String breakdown) {
        return breakdown == null ? CountCube.TOTAL : breakdown;
    }

    public SeriesResponse series(Indicator indicator, String unit, Periodicity periodicity, String from, String to, String breakdown) {
        scope.requireVisible(indicator, unit);
        String[] name = unitName(unit);
        List<PeriodInfo> periods = queries.periods(periodicity == Periodicity.YEAR, from, to);
        Map<String, Object[]> stored = new HashMap<>();
        for (Object[] r : queries.stored(indicator, unit, periods.stream().map(PeriodInfo::period).toList(), breakdownKey(breakdown))) {
            stored.put((String) r[0], r);
        }
        List<SeriesResponse.Point> points = new ArrayList<>();
        for (PeriodInfo p : periods) {
            Object[] r = stored.get(p.period());
            boolean hidden = r != null && (Boolean) r[3];
            BigDecimal value = r == null ? (indicator.missingMeansZero() ? BigDecimal.ZERO : null) : (BigDecimal) r[2];
            points.add(new SeriesResponse.Point(p.period(), p.asOf(), p.computedAt(), hidden ? null : value, hidden));
        }
        return new SeriesResponse(indicator.code(), unit, name[0], breakdown, periodicity, config.suppression().k(), points);
    }

    public BreakdownResponse breakdown(Indicator indicator, String unit, PeriodInfo period) {
        scope.requireVisible(indicator, unit);
        String[] name = unitName(unit);
        BigDecimal total = indicator.missingMeansZero() ? BigDecimal.ZERO : null;
        boolean totalHidden = false;
        Map<String, BreakdownResponse.Part> parts = new java.util.TreeMap<>();
        for (Object[] r : queries.stored(indicator, unit, List.of(period.period()), null)) {
            String key = (String) r[1];
            boolean hidden = (Boolean) r[3];
            if (key.isEmpty()) {
                total = hidden ? null : (BigDecimal) r[2];
                totalHidden = hidden;
            } else {
                parts.put(key, new BreakdownResponse.Part(key, hidden ? null : (BigDecimal) r[2], hidden));
            }
        }
        return new BreakdownResponse(indicator.code(), indicator.breakdown(), unit, name[0], period.period(), period.asOf(),
                period.computedAt(), total, totalHidden, List.copyOf(parts.values()));
    }

    public GminaProfile profile(String teryt, PeriodInfo period) {
        String[] name = unitName(teryt);
        if (!scope.covers(teryt)) {
            // the profile holds figures of people: another voivodeship's gmina is a foreign record
            scope.requireVisible(IndicatorCatalogue.get("PEOPLE_ACTIVE_PLAN"), teryt);
        }
        String powiat = teryt.substring(0, 4);
        String voivodeship = teryt.substring(0, 2);
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        IndicatorCatalogue.all().forEach(i -> byCode.put(i.code(), i));
        String year = period.period().substring(0, 4);
        boolean monthProfile = !Periods.isYear(period.period());
        Map<String, Map<String, UnitValue>> own = new HashMap<>();
        for (String unit : List.of(teryt, powiat, voivodeship)) {
            Map<String, UnitValue> values = new HashMap<>(queries.unitValues(unit, period.period(), byCode));
            if (monthProfile) {
                queries.unitValues(unit, year, byCode).forEach((code, v) -> {
                    if (!byCode.get(code).monthly()) {
                        values.put(code, v);
                    }
                });
            }
            own.put(unit, values);
        }
        List<GminaProfile.Row> rows = new ArrayList<>();
        for (Indicator i : byCode.values()) {
            String rowPeriod = i.monthly() ? period.period() : year;
            rows.add(new GminaProfile.Row(i.code(), i.namePl(), i.nameEn(), i.unit(), rowPeriod,
                    i.levels().contains(Level.GMINA) ? cell(i, own.get(teryt).get(i.code())) : null,
                    cell(i, own.get(powiat).get(i.code())), cell(i, own.get(voivodeship).get(i.code()))));
        }
        String[] powiatName = unitName(powiat);
        String[] voivodeshipName = unitName(voivodeship);
        return new GminaProfile(teryt, name[0], powiat, powiatName[0], voivodeship, voivodeshipName[0], period.period(),
                period.asOf(), period.computedAt(), config.suppression().k(), queries.mlwGmina(teryt).orElse(null), rows,
                recommendations.forGmina(teryt));
    }

    private static GminaProfile.Cell cell(Indicator indicator, UnitValue stored) {
        if (stored == null) {
            return new GminaProfile.Cell(indicator.missingMeansZero() ? BigDecimal.ZERO : null, false);
        }
        return new GminaProfile.Cell(stored.suppressed() ? null : stored.value(), stored.suppressed());
    }

    public MlwGminaPage mlwGminas(String unit, MlwStage.Stage stage, int page, int size) {
        String prefix = unit != null ? unit : scope.defaultPrefix();
        String stageName = stage == null ? null : stage.name();
        long total = queries.countMlwGminas(prefix, stageName);
        return new MlwGminaPage(queries.mlwComputedAt(), queries.mlwGminas(prefix, stageName, page * size, size), page, size, total,
                (int) Math.max(1, (total + size - 1) / size));
    }

    String[] unitName(String unit) {
        return queries.unitName(unit).orElseThrow(() -> ProblemException.notFound("No voivodeship, powiat or gmina has this TERYT code."));
    }
}
