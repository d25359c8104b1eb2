package pl.synergia.regional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntConsumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import pl.synergia.regional.RefreshService.Requester;
import pl.synergia.shared.importjob.CsvImportFile;
import pl.synergia.shared.importjob.ImportJobs;
import pl.synergia.shared.importjob.ImportJobs.Author;
import pl.synergia.shared.importjob.ImportJobs.Counts;
import pl.synergia.shared.importjob.ImportRowError;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.shared.web.PageParams;

/**
 * CSV import of need figures per gmina and year (issue #11), on the shared import job machinery
 * with the directory import's contract: the file is checked as a whole at once (format, header,
 * and that every gmina is in the importer's voivodeship: 422 with the lines, nothing queued);
 * then every row is checked and, only when all are valid, written in one transaction, upserting
 * by gmina, year and figure (a second run of the same file changes nothing); a dry run writes
 * nothing. Once written, the imported years are refreshed.
 */
@ApplicationScoped
public class NeedImportService implements ImportJobs.Handler<NeedImportService.NeedRow> {

    static final String GMINA = "gmina_teryt";
    static final String YEAR = "year";
    static final String FIGURE = "figure";
    static final String VALUE = "value";
    /** Read past: a name beside the code makes the file readable for people. */
    static final String GMINA_NAME = "gmina_name";

    static final CsvImportFile.Layout LAYOUT = new CsvImportFile.Layout("need figures file",
            List.of(GMINA, GMINA_NAME, YEAR, FIGURE, VALUE), List.of(GMINA, YEAR, FIGURE, VALUE));

    static final int FIRST_YEAR = 2000;
    static final int MAX_VALUE = 10_000_000;
    private static final int CHUNK = 1000;

    /** A valid row. */
    record NeedRow(int line, String gmina, int year, String figure, int value) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RegionalConfig config;

    @Inject
    RefreshService refresh;

    private ImportJobs<NeedImport> jobs;

    @PostConstruct
    void init() {
        jobs = new ImportJobs<>(NeedImport.class, NeedImport::new, "need-import", em, clock);
    }

    void failAbandonedAtStart(@Observes StartupEvent event) {
        failAbandoned();
    }

    @Scheduled(identity = "need-import-heartbeat", every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        jobs.heartbeat();
    }

    /** A job whose instance stopped beating its heartbeat will never finish; one another instance runs is left alone. */
    @Scheduled(identity = "need-import-abandoned", every = "60s", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void failAbandoned() {
        jobs.failAbandoned(config.needImport().abandonedAfter());
    }

    @PreDestroy
    void stop() {
        jobs.stop();
    }

    /**
     * Checks the file as a whole and queues it. {@code voivodeship}: the importer's (a regional
     * analyst imports only for its gminas), or empty for an administrator.
     */
    public NeedImportResponse start(byte[] body, String fileName, boolean dryRun, Optional<String> voivodeship, Author author) {
        CsvImportFile file = ImportJobs.read(body, LAYOUT,
                new ImportJobs.Limits(config.needImport().maxBytes(), config.needImport().maxRows()));
        if (file.rows().isEmpty()) {
            throw CsvImportFile.empty();
        }
        if (voivodeship.isPresent()) {
            List<FieldError> outside = new ArrayList<>();
            for (CsvImportFile.Row row : file.rows()) {
                String gmina = row.get(GMINA);
                if (gmina != null && gmina.matches("^[0-9]{7}$") && !gmina.startsWith(voivodeship.get())) {
                    outside.add(ImportJobs.rowProblem(row.line(), GMINA, "outside-voivodeship",
                            "is a gmina of another voivodeship; you import for the gminas of voivodeship " + voivodeship.get()));
                }
            }
            if (!outside.isEmpty()) {
                throw new ProblemException(422, ProblemType.UNPROCESSABLE, "Invalid import file",
                        "The file has figures of gminas outside your voivodeship; nothing was imported.", outside);
            }
        }
        return NeedImportResponse.of(jobs.queue(file, fileName, dryRun, author, this,
                job -> job.voivodeshipCode = voivodeship.orElse(null)));
    }

    /** The import, if the caller may see it (an analyst: their voivodeship's imports). */
    public NeedImportResponse get(UUID id, Optional<String> voivodeship) {
        return jobs.find(id).filter(job -> voivodeship.isEmpty() || voivodeship.get().equals(job.voivodeshipCode))
                .map(NeedImportResponse::of)
                .orElseThrow(() -> ProblemException.notFound("No need import of yours has this id."));
    }

    public NeedImportPage list(PageParams page, Optional<String> voivodeship) {
        ImportJobs.Listing<NeedImport> listing = voivodeship.isEmpty() ? jobs.list(page, null, Map.of())
                : jobs.list(page, "j.voivodeshipCode = :v", Map.of("v", voivodeship.get()));
        return new NeedImportPage(listing.items().stream().map(NeedImportResponse::of).toList(), page.page(), page.size(),
                listing.total(), page.totalPages(listing.total()));
    }

    @Override
    public List<NeedRow> validate(CsvImportFile file, IntConsumer progress, List<ImportRowError> errors) {
        Set<String> gminas = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select g.teryt from Gmina g", String.class).getResultList()));
        int thisYear = LocalDate.now(clock.withZone(PolishTime.ZONE)).getYear();
        Map<String, Integer> firstLine = new HashMap<>();
        List<NeedRow> rows = new ArrayList<>();
        int processed = 0;
        for (CsvImportFile.Row row : file.rows()) {
            int before = errors.size();
            if (row.cellCount() != file.headerCount()) {
                errors.add(new ImportRowError(row.line(), null, "wrong-column-count",
                        "has " + row.cellCount() + " cells but the header row has " + file.headerCount()));
                progress.accept(++processed);
                continue;
            }
            String gmina = row.get(GMINA);
            if (gmina == null) {
                errors.add(new ImportRowError(row.line(), GMINA, "required", "is required"));
            } else if (!gmina.matches("^[0-9]{7}$")) {
                errors.add(new ImportRowError(row.line(), GMINA, "not-teryt", "must be the 7-digit TERYT code of a gmina"));
            } else if (!gminas.contains(gmina)) {
                errors.add(new ImportRowError(row.line(), GMINA, "invalid-reference", "is not a gmina of the TERYT register"));
            }
            Integer year = number(row, YEAR, FIRST_YEAR, thisYear, errors);
            String figure = row.get(FIGURE);
            if (figure == null) {
                errors.add(new ImportRowError(row.line(), FIGURE, "required", "is required"));
            } else {
                figure = figure.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
                if (!IndicatorCatalogue.NEED.containsKey(figure)) {
                    errors.add(new ImportRowError(row.line(), FIGURE, "unknown-value",
                            "must be one of " + String.join(", ", IndicatorCatalogue.NEED.keySet())));
                }
            }
            Integer value = number(row, VALUE, 0, MAX_VALUE, errors);
            if (errors.size() == before) {
                String key = gmina + "|" + year + "|" + figure;
                Integer first = firstLine.putIfAbsent(key, row.line());
                if (first != null) {
                    errors.add(new ImportRowError(row.line(), FIGURE, "duplicate",
                            "the same gmina, year and figure are also on line " + first));
                } else {
                    rows.add(new NeedRow(row.line(), gmina, year, figure, value));
                }
            }
            progress.accept(++processed);
        }
        return errors.isEmpty() ? rows : List.of();
    }

    private static Integer number(CsvImportFile.Row row, String column, int min, int max, List<ImportRowError> errors) {
        String text = row.get(column);
        if (text == null) {
            errors.add(new ImportRowError(row.line(), column, "required", "is required"));
            return null;
        }
        try {
            int value = Integer.parseInt(text.replace(" ", "").replace("\u00a0", ""));
            if (value < min || value > max) {
                errors.add(new ImportRowError(row.line(), column, "out-of-range", "must be from " + min + " to " + max));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new ImportRowError(row.line(), column, "not-a-number", "must be a whole number"));
            return null;
        }
    }

    @Override
    public Counts write(UUID jobId, List<NeedRow> rows, Author author, IntConsumer progress) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int written = 0;
        Instant now = Instant.now(clock);
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<NeedRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, Integer> existing = existing(chunk);
            List<NeedRow> changed = new ArrayList<>();
            for (NeedRow row : chunk) {
                Integer before = existing.get(key(row.gmina(), row.year(), row.figure()));
                if (before == null) {
                    created++;
                    changed.add(row);
                } else if (before == row.value()) {
                    unchanged++;
                } else {
                    updated++;
                    changed.add(row);
                }
            }
            upsert(changed, jobId, now);
            written += chunk.size();
            progress.accept(written);
        }
        return new Counts(created, updated, unchanged);
    }

    /** Writes the rows in one statement, replacing the values stored under the same gmina, year and figure. */
    private void upsert(List<NeedRow> rows, UUID jobId, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into need_figure (gmina_teryt, year, figure, value, import_id, updated_at) "
                + "select g, y, f, v, ?5, ?6 from unnest(cast(?1 as varchar[]), cast(?2 as smallint[]), cast(?3 as varchar[]), "
                + "cast(?4 as integer[])) as r(g, y, f, v) "
                + "on conflict (gmina_teryt, year, figure) do update "
                + "set value = excluded.value, import_id = excluded.import_id, updated_at = excluded.updated_at")
                .setParameter(1, array(rows.stream().map(NeedRow::gmina).toList()))
                .setParameter(2, array(rows.stream().map(r -> Integer.toString(r.year())).toList()))
                .setParameter(3, array(rows.stream().map(NeedRow::figure).toList()))
                .setParameter(4, array(rows.stream().map(r -> Integer.toString(r.value())).toList()))
                .setParameter(5, jobId).setParameter(6, now).executeUpdate();
    }

    /** An array literal of values checked to be digits or figure codes (nothing to quote). */
    private static String array(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    /** The stored values of the chunk's keys, in one query. */
    private Map<String, Integer> existing(List<NeedRow> chunk) {
        StringBuilder keys = new StringBuilder("{");
        for (NeedRow row : chunk) {
            keys.append(keys.length() > 1 ? "," : "").append('"').append(key(row.gmina(), row.year(), row.figure())).append('"');
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select gmina_teryt, year, figure, value from need_figure "
                + "where gmina_teryt || '|' || year || '|' || figure = any(cast(?1 as varchar[]))")
                .setParameter(1, keys.append('}').toString()).getResultList();
        Map<String, Integer> values = new HashMap<>();
        rows.forEach(r -> values.put(key((String) r[0], ((Number) r[1]).intValue(), (String) r[2]), ((Number) r[3]).intValue()));
        return values;
    }

    private static String key(String gmina, int year, String figure) {
        return gmina + "|" + year + "|" + figure;
    }

    /** The imported years are recomputed, so the figures show up. */
    @Override
    public void written(UUID jobId, List<NeedRow> rows) {
        SortedSet<Integer> years = new TreeSet<>();
        rows.forEach(r -> years.add(r.year()));
        NeedImport job = jobs.find(jobId).orElseThrow();
        RefreshResponse run = refresh.queue(RegionalRefresh.Scope.YEARS, years, RegionalRefresh.Trigger.NEED_IMPORT,
                new Requester(job.createdBySubject, job.createdByName));
        QuarkusTransaction.requiringNew().run(() -> em.find(NeedImport.class, jobId).refreshId = run.id());
    }
}
