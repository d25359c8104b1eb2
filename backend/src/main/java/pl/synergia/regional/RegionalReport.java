package pl.synergia.regional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import pl.synergia.regional.FigureQueries.PeriodInfo;
import pl.synergia.regional.FigureQueries.ValueSort;
import pl.synergia.regional.Indicator.Level;
import pl.synergia.shared.pdf.PdfRenderer;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.territory.Voivodeship;

/**
 * The voivodeship's report for an RPW meeting, as a Polish PDF (template {@code pdf/regional-report.html}):
 * the as-of date, headline indicators per powiat (suppressed cells marked), the MLW gminas, the white
 * spots and the recommendations by status. Tables only: the PDF library of the platform
 * (openhtmltopdf without its SVG module) draws no vector paths, so the map stays in the SPA.
 */
@ApplicationScoped
public class RegionalReport {

    /** The columns of the powiat table, in order. */
    static final List<String> HEADLINE = List.of("CIS_KIS_ENTITIES", "CIS_KIS_PLACES", "CIS_KIS_PLACES_PER_10K",
            "GMINAS_WITHOUT_CIS_KIS", "MLW_PACT_ACTIVE", "PEOPLE_ACTIVE_PLAN", "REFERRALS_SENT");

    /** White spots named one by one; beyond them the report gives their number (the powiat table has each powiat's). */
    static final int WHITE_SPOTS_LISTED = 80;

    public record Column(String code, String name, String period) {
    }

    public record Cell(String text, boolean suppressed) {
    }

    public record Row(String teryt, String name, List<Cell> cells) {
    }

    public record StatusCount(String status, long count) {
    }

    public record RecommendationLine(String territory, String status, String issuedOn, String excerpt) {
    }

    public record Pdf(String fileName, byte[] content) {
    }

    @Inject
    FigureQueries queries;

    @Inject
    RegionalFigureService figures;

    @Inject
    RecommendationService recommendations;

    @Inject
    RegionalScope scope;

    @Inject
    PdfRenderer renderer;

    @Inject
    RegionalConfig config;

    @Inject
    Clock clock;

    @Inject
    jakarta.persistence.EntityManager em;

    @Transactional
    public Pdf render(String voivodeship, String period) {
        Voivodeship v = voivodeship == null ? null : em.find(Voivodeship.class, voivodeship);
        if (v == null) {
            throw ProblemException.notFound("No voivodeship has this code.");
        }
        scope.requireOwn(voivodeship, "REGIONAL_REPORT", null);
        PeriodInfo month = figures.period(IndicatorCatalogue.get("PEOPLE_ACTIVE_PLAN"), period);
        String year = month.period().substring(0, 4);

        List<Column> columns = new ArrayList<>();
        Map<String, Map<String, Cell>> byUnit = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<Cell> totals = new ArrayList<>();
        for (String code : HEADLINE) {
            Indicator indicator = IndicatorCatalogue.get(code);
            String p = indicator.monthly() ? month.period() : year;
            columns.add(new Column(code, indicator.namePl(), p));
            for (UnitValue value : queries.values(indicator, Level.POWIAT, voivodeship, p, RegionalFigureService.breakdownKey(null),
                    ValueSort.NAME, false, null, null).items()) {
                names.putIfAbsent(value.unit(), value.name());
                byUnit.computeIfAbsent(value.unit(), u -> new HashMap<>()).put(code, cell(value));
            }
            List<UnitValue> total = queries.values(indicator, Level.VOIVODESHIP, voivodeship, p, RegionalFigureService.breakdownKey(null),
                    ValueSort.NAME, false, null, null).items();
            totals.add(total.isEmpty() ? new Cell("—", false) : cell(total.get(0)));
        }
        List<Row> rows = names.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue(), HEADLINE.stream()
                .map(code -> byUnit.get(e.getKey()).getOrDefault(code, new Cell("—", false))).toList())).toList();

        List<MlwGmina> mlw = queries.mlwGminas(voivodeship, null, 0, 1000);
        List<String> whiteSpots = queries.values(IndicatorCatalogue.get("GMINAS_WITHOUT_CIS_KIS_IN_POWIAT"), Level.GMINA, voivodeship,
                IndicatorCatalogue.get("GMINAS_WITHOUT_CIS_KIS_IN_POWIAT").monthly() ? month.period() : year,
                RegionalFigureService.breakdownKey(null), ValueSort.NAME, false, null, null).items().stream()
                .filter(u -> u.value() != null && u.value().signum() > 0).map(u -> u.name() + " (pow. " + u.powiatName() + ")").toList();

        List<StatusCount> statuses = recommendations.countsByStatus(voivodeship).entrySet().stream()
                .map(e -> new StatusCount(statusPl(e.getKey()), e.getValue())).toList();
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        List<RecommendationLine> newest = recommendations.newest(voivodeship, 30).stream()
                .map(r -> new RecommendationLine((r.territory().level() == RecommendationPolicy.Level.GMINA ? "gmina " : "powiat ")
                        + r.territory().name(), statusPl(r.status()),
                        day.format(r.issuedAt().atZone(pl.synergia.shared.time.PolishTime.ZONE)), r.excerpt()))
                .toList();

        Map<String, Object> data = new HashMap<>();
        data.put("voivodeshipName", v.name);
        data.put("voivodeship", voivodeship);
        data.put("period", month.period());
        data.put("asOf", month.asOf());
        data.put("computedAt", month.computedAt());
        data.put("k", config.suppression().k());
        data.put("columns", columns);
        data.put("rows", rows);
        data.put("totals", totals);
        data.put("mlw", mlw.stream().map(g -> new String[] { g.name(), g.powiatName(), stagePl(g.stage()), Integer.toString(g.signatories()) })
                .map(a -> Map.of("name", a[0], "powiat", a[1], "stage", a[2], "signatories", a[3])).toList());
        data.put("whiteSpotCount", whiteSpots.size());
        data.put("whiteSpots", whiteSpots.size() > WHITE_SPOTS_LISTED ? whiteSpots.subList(0, WHITE_SPOTS_LISTED) : whiteSpots);
        data.put("whiteSpotsMore", Math.max(0, whiteSpots.size() - WHITE_SPOTS_LISTED));
        data.put("statuses", statuses);
        data.put("recommendations", newest);
        data.put("generatedAt", clock.instant());
        return new Pdf("raport-rpw-" + voivodeship + "-" + month.period() + ".pdf", renderer.render("regional-report", data));
    }

    private static Cell cell(UnitValue v) {
        if (v.suppressed()) {
            return new Cell("ukryte", true);
        }
        return new Cell(v.value() == null ? "—" : format(v.value()), false);
    }

    static String format(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0).toPlainString() : value.toPlainString().replace('.', ',');
    }

    static String statusPl(RecommendationStatus s) {
        return switch (s) {
            case ISSUED -> "wydana";
            case ACKNOWLEDGED -> "przyjęta do wiadomości";
            case IMPLEMENTED -> "wdrożona";
            case DECLINED -> "odrzucona";
        };
    }

    static String stagePl(MlwStage.Stage stage) {
        return switch (stage.name()) {
            case "DRAFT" -> "Pakt w przygotowaniu";
            case "CONSULTATION" -> "Pakt w konsultacjach";
            case "ACTIVE" -> "Pakt zawarty";
            case "DISSOLVED" -> "Pakt rozwiązany";
            default -> stage.name();
        };
    }
}
