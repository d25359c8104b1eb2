package pl.synergia.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import pl.synergia.directory.ImportRowReader.ImportRow;
import pl.synergia.directory.InstitutionChange.Action;
import pl.synergia.directory.InstitutionChange.FieldChange;
import pl.synergia.shared.importjob.CsvImportFile;
import pl.synergia.shared.importjob.ImportJobPage;
import pl.synergia.shared.importjob.ImportJobResponse;
import pl.synergia.shared.importjob.ImportJobs;
import pl.synergia.shared.importjob.ImportJobs.Author;
import pl.synergia.shared.importjob.ImportJobs.Counts;
import pl.synergia.shared.importjob.ImportRowError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.territory.Gmina;
import pl.synergia.shared.web.PageParams;

/**
 * CSV import of the directory (administrators), on the shared import job machinery
 * ({@link ImportJobs}): every row is checked, and only when all rows are valid are they written
 * in one transaction, upserting by external identifier: a row equal to its entry changes
 * nothing, so a second run of the same file reports every row unchanged.
 */
@ApplicationScoped
public class DirectoryImportService implements ImportJobs.Handler<ImportRow> {

    static final CsvImportFile.Layout LAYOUT = new CsvImportFile.Layout("directory file", InstitutionCsv.headers(),
            InstitutionCsv.REQUIRED.stream().map(c -> c.header).toList());

    /** Entries loaded and flushed per round while writing, to keep the persistence context small. */
    private static final int CHUNK = 500;

    @Inject
    DirectoryImportConfig config;

    @Inject
    EntityManager em;

    @Inject
    InstitutionRepository institutions;

    @Inject
    InstitutionService institutionService;

    @Inject
    InstitutionHistory history;

    @Inject
    Validator validator;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    private ImportJobs<DirectoryImport> jobs;

    @PostConstruct
    void init() {
        jobs = new ImportJobs<>(DirectoryImport.class, DirectoryImport::new, "directory-import", em, clock);
    }

    /** At start, a job left by an instance that stopped will never finish: say so (see {@link #failAbandoned()}). */
    void failAbandonedAtStart(@Observes StartupEvent event) {
        failAbandoned();
    }

    @Scheduled(identity = "directory-import-heartbeat", every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        jobs.heartbeat();
    }

    /**
     * A job whose heartbeat stopped longer ago than {@code synergia.directory-import.abandoned-after}
     * belonged to an instance that stopped or crashed; a job another running instance is working on
     * keeps beating and is left alone.
     */
    @Scheduled(identity = "directory-import-abandoned", every = "60s", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void failAbandoned() {
        jobs.failAbandoned(config.abandonedAfter());
    }

    @PreDestroy
    void stop() {
        jobs.stop();
    }

    /** Checks the file as a whole, records the job and queues it; row problems are reported by the job. */
    public ImportJobResponse start(byte[] body, String fileName, boolean dryRun) {
        CsvImportFile file = ImportJobs.read(body, LAYOUT, new ImportJobs.Limits(config.maxBytes(), config.maxRows()));
        return ImportJobResponse.of(jobs.queue(file, fileName, dryRun, new Author(user.subject(), user.displayName()), this));
    }

    public ImportJobResponse get(UUID id) {
        return jobs.find(id).map(ImportJobResponse::of)
                .orElseThrow(() -> ProblemException.notFound("No directory import has this id."));
    }

    public ImportJobPage list(PageParams page) {
        return jobs.page(page, null, Map.of());
    }

    /** Every row checked, operators resolved; returns the rows in write order (operators first). */
    @Override
    public List<ImportRow> validate(CsvImportFile file, IntConsumer progress, List<ImportRowError> errors) {
        Set<String> gminas = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select g.teryt from Gmina g", String.class).getResultList()));
        Set<String> existing = QuarkusTransaction.requiringNew().call(() -> institutions.importKeyIndex().keySet());
        ImportRowReader reader = new ImportRowReader(validator, gminas);
        Map<String, ImportRow> byExternalId = new LinkedHashMap<>();
        int processed = 0;
        for (CsvImportFile.Row row : file.rows()) {
            ImportRow read = reader.read(row, file.headerCount(), errors);
            String externalId = row.get(InstitutionCsv.Column.EXTERNAL_ID.header);
            if (InstitutionCsv.isSynergiaKey(externalId) && !existing.contains(externalId)) {
                errors.add(new ImportRowError(row.line(), InstitutionCsv.Column.EXTERNAL_ID.header, "unknown-synergia-key",
                        "names no entry of this directory (a synergia: key is written by the export for an entry without an "
                                + "external identifier; give a new entry an identifier of your own)"));
            } else if (externalId != null) {
                ImportRow first = byExternalId.get(externalId);
                if (first != null) {
                    errors.add(new ImportRowError(row.line(), InstitutionCsv.Column.EXTERNAL_ID.header, "duplicate",
                            "is also used on line " + first.line()));
                } else if (read != null) {
                    byExternalId.put(externalId, read);
                }
            }
            progress.accept(++processed);
        }
        for (ImportRow row : byExternalId.values()) {
            String operator = row.operatorExternalId();
            if (operator == null) {
                continue;
            }
            if (operator.equals(row.externalId())) {
                errors.add(new ImportRowError(row.line(), InstitutionCsv.Column.OPERATOR_EXTERNAL_ID.header,
                        "invalid-reference", "cannot be the institution itself"));
            } else if (!byExternalId.containsKey(operator) && !existing.contains(operator)) {
                errors.add(new ImportRowError(row.line(), InstitutionCsv.Column.OPERATOR_EXTERNAL_ID.header,
                        "invalid-reference", "is neither in the file nor in the directory"));
            }
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        return operatorsFirst(byExternalId, errors);
    }

    /** Orders rows so an operator is written before what it operates; a circle of operators is an error. */
    private static List<ImportRow> operatorsFirst(Map<String, ImportRow> rows, List<ImportRowError> errors) {
        List<ImportRow> ordered = new ArrayList<>(rows.size());
        Map<String, Boolean> state = new HashMap<>(); // false: being visited, true: done
        for (ImportRow start : rows.values()) {
            List<ImportRow> path = new ArrayList<>();
            ImportRow current = start;
            while (current != null && !state.containsKey(current.externalId())) {
                state.put(current.externalId(), false);
                path.add(current);
                current = current.operatorExternalId() == null ? null : rows.get(current.operatorExternalId());
            }
            if (current != null && Boolean.FALSE.equals(state.get(current.externalId()))) {
                errors.add(new ImportRowError(current.line(), InstitutionCsv.Column.OPERATOR_EXTERNAL_ID.header,
                        "circular-reference", "makes a circle of institutions operating each other"));
                return List.of();
            }
            for (int i = path.size() - 1; i >= 0; i--) {
                state.put(path.get(i).externalId(), true);
                ordered.add(path.get(i));
            }
        }
        return ordered;
    }

    @Override
    public Counts write(UUID jobId, List<ImportRow> rows, Author author, IntConsumer progress) {
        Map<String, UUID> ids = institutions.importKeyIndex();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int written = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ImportRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, Institution> existing = institutions.findByImportKeys(
                    chunk.stream().map(ImportRow::externalId).toList());
            for (ImportRow row : chunk) {
                Institution institution = existing.get(row.externalId());
                boolean isNew = institution == null;
                Map<String, Object> before = isNew ? Map.of() : InstitutionHistory.snapshot(institution);
                if (isNew) {
                    institution = new Institution();
                    institution.id = UUID.randomUUID();
                }
                Gmina gmina = em.find(Gmina.class, row.request().gminaTeryt());
                Institution operator = row.operatorExternalId() == null ? null
                        : em.find(Institution.class, ids.get(row.operatorExternalId()));
                institutionService.copy(institution, row.request(), gmina, operator);
                if (row.active() != null) {
                    institution.active = row.active();
                }
                Map<String, FieldChange> changes = InstitutionHistory.diff(before, InstitutionHistory.snapshot(institution));
                if (isNew) {
                    em.persist(institution);
                    ids.put(row.externalId(), institution.id);
                    history.record(institution, Action.IMPORTED, changes, author.subject(), author.name());
                    created++;
                } else if (!changes.isEmpty()) {
                    history.record(institution, Action.IMPORTED, changes, author.subject(), author.name());
                    updated++;
                } else {
                    unchanged++;
                }
                progress.accept(++written);
            }
            em.flush();
            em.clear();
        }
        return new Counts(created, updated, unchanged);
    }
}
