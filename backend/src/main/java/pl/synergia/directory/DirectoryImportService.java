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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import pl.synergia.directory.ImportRowReader.ImportRow;
import pl.synergia.directory.InstitutionChange.Action;
import pl.synergia.directory.InstitutionChange.FieldChange;
import pl.synergia.shared.jobs.Instance;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.territory.Gmina;
import pl.synergia.shared.web.PageParams;

/**
 * CSV import of the directory (administrators). The file is checked as a whole when it arrives;
 * then a background job checks every row, and only when all rows are valid writes them in one
 * transaction, upserting by external identifier: a row equal to its entry changes nothing, so a
 * second run of the same file reports every row unchanged. The job's progress is committed
 * separately so the SPA can show it while the rows are being checked and written.
 */
@ApplicationScoped
public class DirectoryImportService {

    static final int MAX_REPORTED_ERRORS = 1000;

    private static final Logger LOG = Logger.getLogger(DirectoryImportService.class);

    /** How often (in rows) progress is committed for the SPA to poll. */
    private static final int PROGRESS_EVERY = 200;

    /** Entries loaded and flushed per round while writing, to keep the persistence context small. */
    private static final int CHUNK = 500;

    @Inject
    DirectoryImportConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

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

    /**
     * One import at a time per instance; the write also takes a database lock, for several instances.
     * The file is held by the instance that received it, so the job runs there and nowhere else.
     */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "directory-import");
        thread.setDaemon(true);
        return thread;
    });

    /** Jobs this instance is running: their heartbeat shows the other instances that they are alive. */
    private final Set<UUID> runningHere = ConcurrentHashMap.newKeySet();

    /** At start, a job left by an instance that stopped will never finish: say so (see {@link #failAbandoned()}). */
    void failAbandonedAtStart(@Observes StartupEvent event) {
        failAbandoned();
    }

    @Scheduled(identity = "directory-import-heartbeat", every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        if (runningHere.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(runningHere);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update directory_import set heartbeat_at = now() where id = any(cast(?1 as uuid[]))")
                .setParameter(1, ids.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate());
    }

    /**
     * A job whose heartbeat stopped longer ago than {@code synergia.directory-import.abandoned-after}
     * belonged to an instance that stopped or crashed: it will never finish, whichever instance looks.
     * A job another running instance is working on keeps beating and is left alone.
     */
    @Scheduled(identity = "directory-import-abandoned", every = "60s", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void failAbandoned() {
        int abandoned = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update directory_import set status = 'FAILED', failure_detail = ?1, finished_at = now(), version = version + 1 "
                        + "where status in ('QUEUED', 'VALIDATING', 'WRITING') "
                        + "and (heartbeat_at is null or heartbeat_at < now() - cast(?2 as interval))")
                .setParameter(1, "The application stopped before the import finished; nothing was written. Send the file again.")
                .setParameter(2, config.abandonedAfter().toSeconds() + " seconds")
                .executeUpdate());
        if (abandoned > 0) {
            LOG.warnf("%d directory import(s) were abandoned by a stopped instance and marked failed", abandoned);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Checks the file as a whole, records the job and queues it; row problems are reported by the job. */
    public DirectoryImportResponse start(byte[] body, String fileName, boolean dryRun) {
        if (body == null || body.length == 0) {
            throw new ProblemException(422, ProblemType.UNPROCESSABLE, "Invalid import file", "The file is empty.",
                    List.of(new FieldError("file", "required", "must have a header row and data rows")));
        }
        if (body.length > config.maxBytes()) {
            throw new ProblemException(413, ProblemType.BLANK, "Content Too Large",
                    "The file is larger than " + config.maxBytes() / (1024 * 1024) + " MiB; split it into several files.", List.of());
        }
        ImportFile file = ImportFile.parse(body);
        if (file.rows.size() > config.maxRows()) {
            throw new ProblemException(413, ProblemType.BLANK, "Content Too Large",
                    "The file has " + file.rows.size() + " rows; at most " + config.maxRows() + " can be imported at once.", List.of());
        }
        DirectoryImport job = new DirectoryImport();
        job.id = UUID.randomUUID();
        job.status = DirectoryImport.Status.QUEUED;
        job.fileName = fileName == null || fileName.isBlank() ? null : truncate(fileName.strip(), 255);
        job.dryRun = dryRun;
        job.totalRows = file.rows.size();
        job.createdBySubject = user.subject();
        job.createdByName = user.displayName();
        job.createdAt = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            em.persist(job);
            em.flush();
            em.createNativeQuery("update directory_import set instance = ?1, heartbeat_at = now() where id = ?2")
                    .setParameter(1, Instance.NAME).setParameter(2, job.id).executeUpdate();
        });
        Author author = new Author(job.createdBySubject, job.createdByName);
        runningHere.add(job.id);
        worker.submit(() -> {
            try {
                run(job.id, file, author, dryRun);
            } finally {
                runningHere.remove(job.id);
            }
        });
        return DirectoryImportResponse.of(job);
    }

    public DirectoryImportResponse get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DirectoryImport job = em.find(DirectoryImport.class, id);
            if (job == null) {
                throw ProblemException.notFound("No directory import has this id.");
            }
            return DirectoryImportResponse.of(job);
        });
    }

    public DirectoryImportPage list(PageParams page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long total = em.createQuery("select count(d) from DirectoryImport d", Long.class).getSingleResult();
            List<DirectoryImportResponse> items = em.createQuery(
                    "select d from DirectoryImport d order by d.createdAt desc, d.id desc", DirectoryImport.class)
                    .setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList().stream()
                    .map(DirectoryImportResponse::of).toList();
            return new DirectoryImportPage(items, page.page(), page.size(), total, page.totalPages(total));
        });
    }

    record Author(String subject, String name) {
    }

    private record Counts(int created, int updated, int unchanged) {
    }

    /** Ends a dry run's transaction by rolling it back, carrying what the write would have done. */
    private static final class DryRunDone extends RuntimeException {
        final Counts counts;

        DryRunDone(Counts counts) {
            super(null, null, false, false);
            this.counts = counts;
        }
    }

    private void run(UUID jobId, ImportFile file, Author author, boolean dryRun) {
        try {
            update(jobId, job -> {
                job.status = DirectoryImport.Status.VALIDATING;
                job.startedAt = clock.instant();
            });
            List<ImportRowError> errors = new ArrayList<>();
            List<ImportRow> rows = validate(jobId, file, errors);
            if (!errors.isEmpty()) {
                update(jobId, job -> {
                    job.status = DirectoryImport.Status.FAILED;
                    job.processedRows = file.rows.size();
                    job.errorCount = errors.size();
                    job.errors = new ArrayList<>(errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
                    job.failureDetail = "Rows with errors; nothing was written. Correct them and send the file again.";
                    job.finishedAt = clock.instant();
                });
                return;
            }
            update(jobId, job -> {
                job.status = DirectoryImport.Status.WRITING;
                job.processedRows = file.rows.size();
            });
            Counts counts;
            try {
                counts = QuarkusTransaction.requiringNew().timeout(3600).call(() -> write(jobId, rows, author, dryRun));
            } catch (DryRunDone done) {
                counts = done.counts;
            }
            Counts result = counts;
            update(jobId, job -> {
                job.status = DirectoryImport.Status.SUCCEEDED;
                job.writtenRows = rows.size();
                job.created = result.created();
                job.updated = result.updated();
                job.unchanged = result.unchanged();
                job.finishedAt = clock.instant();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Directory import %s failed while writing; rolled back", jobId);
            try {
                update(jobId, job -> {
                    job.status = DirectoryImport.Status.FAILED;
                    job.failureDetail = "The rows could not be written; nothing was changed. Reference: " + jobId;
                    job.finishedAt = clock.instant();
                });
            } catch (RuntimeException nested) {
                LOG.errorf(nested, "Could not record the failure of directory import %s", jobId);
            }
        }
    }

    /** Every row checked, operators resolved; returns the rows in write order (operators first). */
    private List<ImportRow> validate(UUID jobId, ImportFile file, List<ImportRowError> errors) {
        Set<String> gminas = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select g.teryt from Gmina g", String.class).getResultList()));
        Set<String> existing = QuarkusTransaction.requiringNew().call(() -> institutions.externalIdIndex().keySet());
        ImportRowReader reader = new ImportRowReader(validator, gminas);
        Map<String, ImportRow> byExternalId = new LinkedHashMap<>();
        int processed = 0;
        for (ImportFile.Row row : file.rows) {
            ImportRow read = reader.read(row, file.headerCount, errors);
            String externalId = row.get(InstitutionCsv.Column.EXTERNAL_ID);
            if (externalId != null) {
                ImportRow first = byExternalId.get(externalId);
                if (first != null) {
                    errors.add(new ImportRowError(row.line(), InstitutionCsv.Column.EXTERNAL_ID.header, "duplicate",
                            "is also used on line " + first.line()));
                } else if (read != null) {
                    byExternalId.put(externalId, read);
                }
            }
            if (++processed % PROGRESS_EVERY == 0) {
                int done = processed;
                update(jobId, job -> job.processedRows = done);
            }
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
            errors.sort(java.util.Comparator.comparingInt(ImportRowError::line));
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

    private Counts write(UUID jobId, List<ImportRow> rows, Author author, boolean dryRun) {
        // An import writing on another instance is waited for, however long it takes: the statement and
        // lock timeouts of the connection (application.properties) are lifted for this wait only.
        em.createNativeQuery("select set_config('statement_timeout', '0', true), set_config('lock_timeout', '0', true)")
                .getSingleResult();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('synergia.directory-import'))").getSingleResult();
        em.createNativeQuery("select set_config(name, reset_val, true) from pg_settings "
                + "where name in ('statement_timeout', 'lock_timeout')").getResultList();
        Map<String, UUID> ids = institutions.externalIdIndex();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int written = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ImportRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, Institution> existing = institutions.findByExternalIds(
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
                if (++written % PROGRESS_EVERY == 0) {
                    int done = written;
                    update(jobId, job -> job.writtenRows = done);
                }
            }
            em.flush();
            em.clear();
        }
        Counts counts = new Counts(created, updated, unchanged);
        if (dryRun) {
            throw new DryRunDone(counts); // rolls the transaction back: a dry run writes nothing
        }
        return counts;
    }

    /** Changes the job in a transaction of its own, committed at once, so progress is visible while the import runs. */
    private void update(UUID jobId, Consumer<DirectoryImport> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            DirectoryImport job = em.find(DirectoryImport.class, jobId);
            change.accept(job);
        });
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
