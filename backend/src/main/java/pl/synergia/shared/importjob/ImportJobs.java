package pl.synergia.shared.importjob;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import pl.synergia.shared.jobs.Instance;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.web.PageParams;

/**
 * The job machinery of CSV imports (docs/adr/0007), shared by every context that imports a file:
 * the file is checked as a whole when it arrives; then a background job checks every row, and
 * only when all rows are valid writes them in one transaction (a dry run rolls it back), under a
 * database lock so that several instances never write the same kind of import at once. The job's
 * progress is committed separately so a client can show it while the rows are checked and written.
 * What a row means and how it is written is the context's {@link Handler}.
 *
 * <p>With several instances on one database (docs/adr/0023) a job runs on the instance that
 * received the file. That instance names itself in the job's {@code instance} column and beats
 * {@code heartbeat_at} while the job runs ({@link #heartbeat()}); a job whose heartbeat stopped
 * (its instance stopped or crashed) is marked failed by any instance ({@link #failAbandoned}),
 * and a job another running instance is working on is left alone. The job table therefore has the
 * columns {@code instance} and {@code heartbeat_at} besides those of {@link ImportJob}.
 *
 * @param <J> the context's job entity (its own table with the columns of {@link ImportJob})
 */
public final class ImportJobs<J extends ImportJob> {

    public static final int MAX_REPORTED_ERRORS = 1000;

    /** How often (in rows) progress is committed for a client to poll. */
    public static final int PROGRESS_EVERY = 200;

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    /** Size limits of one file. */
    public record Limits(long maxBytes, int maxRows) {
    }

    /** Who started the import, captured from the request for the job's thread. */
    public record Author(String subject, String name) {
    }

    /** What the write did (for a dry run: would have done). */
    public record Counts(int created, int updated, int unchanged) {
    }

    /** What one kind of import does with its rows. */
    public interface Handler<R> {
        /**
         * Checks every row, adding what is wrong to {@code errors} (by line and column), and calls
         * {@code progress} with the number of rows checked so far; returns the rows in write order.
         */
        List<R> validate(CsvImportFile file, IntConsumer progress, List<ImportRowError> errors);

        /** Writes the rows of job {@code jobId} in the caller's transaction, calling {@code progress} with the rows written so far. */
        Counts write(UUID jobId, List<R> rows, Author author, IntConsumer progress);

        /** After the rows were committed, before the job is marked SUCCEEDED (never after a dry run or a failure); in no transaction. */
        default void written(UUID jobId, List<R> rows) {
        }
    }

    private final Class<J> type;
    private final Supplier<J> factory;
    private final String name;
    private final EntityManager em;
    private final Clock clock;
    /** One import at a time per instance and kind; the write also takes a database lock, for several instances. */
    private final ExecutorService worker;
    /** Jobs this instance is running: their heartbeat shows the other instances that they are alive. */
    private final Set<UUID> runningHere = ConcurrentHashMap.newKeySet();
    private final String table;

    /**
     * @param name the kind of import, e.g. {@code directory-import}: names the worker thread and the database lock
     */
    public ImportJobs(Class<J> type, Supplier<J> factory, String name, EntityManager em, Clock clock) {
        this.type = type;
        this.factory = factory;
        this.name = name;
        this.em = em;
        this.clock = clock;
        this.table = type.getAnnotation(Table.class).name();
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops the worker (the application is stopping). */
    public void stop() {
        worker.shutdownNow();
    }

    /** Beats the heartbeat of the jobs this instance is running (call it every few seconds). */
    public void heartbeat() {
        if (runningHere.isEmpty()) {
            return;
        }
        String[] ids = runningHere.stream().map(UUID::toString).toArray(String[]::new);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update " + table + " set heartbeat_at = now() where id = any(cast(?1 as uuid[]))")
                .setParameter(1, ids).executeUpdate());
    }

    /**
     * A job whose heartbeat stopped longer than {@code after} ago belonged to an instance that
     * stopped or crashed: it will never finish, whichever instance looks, so it is marked failed.
     * A job another running instance is working on keeps beating and is left alone. Returns how many.
     */
    public int failAbandoned(Duration after) {
        int abandoned = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update " + table + " set status = 'FAILED', failure_detail = ?1, finished_at = now(), version = version + 1 "
                        + "where status in ('QUEUED', 'VALIDATING', 'WRITING') "
                        + "and (heartbeat_at is null or heartbeat_at < now() - cast(?2 as interval))")
                .setParameter(1, "The application stopped before the import finished; nothing was written. Send the file again.")
                .setParameter(2, after.toSeconds() + " seconds")
                .executeUpdate());
        if (abandoned > 0) {
            LOG.warnf("%d %s job(s) were abandoned by a stopped instance and marked failed", abandoned, name);
        }
        return abandoned;
    }

    /** The file checked as a whole: not empty, not too large, UTF-8 CSV with a valid header row. */
    public static CsvImportFile read(byte[] body, CsvImportFile.Layout layout, Limits limits) {
        if (body == null || body.length == 0) {
            throw CsvImportFile.empty();
        }
        if (body.length > limits.maxBytes()) {
            throw new ProblemException(413, ProblemType.BLANK, "Content Too Large",
                    "The file is larger than " + limits.maxBytes() / (1024 * 1024) + " MiB; split it into several files.", List.of());
        }
        CsvImportFile file = CsvImportFile.parse(body, layout);
        if (file.rows().size() > limits.maxRows()) {
            throw new ProblemException(413, ProblemType.BLANK, "Content Too Large",
                    "The file has " + file.rows().size() + " rows; at most " + limits.maxRows() + " can be imported at once.", List.of());
        }
        return file;
    }

    /** Records the job and queues it; row problems are reported by the job. Returns the job as queued. */
    public <R> J queue(CsvImportFile file, String fileName, boolean dryRun, Author author, Handler<R> handler) {
        return queue(file, fileName, dryRun, author, handler, job -> {
        });
    }

    /**
     * Records the job and queues it; row problems are reported by the job. {@code init} sets the
     * context's own columns of the job before it is stored. Returns the job as queued.
     */
    public <R> J queue(CsvImportFile file, String fileName, boolean dryRun, Author author,
            Handler<R> handler, Consumer<J> init) {
        J job = factory.get();
        job.id = UUID.randomUUID();
        job.status = ImportJob.Status.QUEUED;
        job.fileName = fileName == null || fileName.isBlank() ? null : truncate(fileName.strip(), 255);
        job.dryRun = dryRun;
        job.totalRows = file.rows().size();
        job.createdBySubject = author.subject();
        job.createdByName = author.name();
        job.createdAt = Instant.now(clock);
        init.accept(job);
        QuarkusTransaction.requiringNew().run(() -> {
            em.persist(job);
            em.flush();
            em.createNativeQuery("update " + table + " set instance = ?1, heartbeat_at = now() where id = ?2")
                    .setParameter(1, Instance.NAME).setParameter(2, job.id).executeUpdate();
        });
        runningHere.add(job.id);
        worker.submit(() -> {
            try {
                run(job.id, file, author, dryRun, handler);
            } finally {
                runningHere.remove(job.id);
            }
        });
        return job;
    }

    /** The job, read in a transaction of its own (so the latest committed progress). */
    public Optional<J> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(em.find(type, id)));
    }

    /** One page of jobs and how many there are in all. */
    public record Listing<J>(List<J> items, long total) {
    }

    /** Jobs newest first; {@code condition} (JPQL over alias {@code j}, may be null) narrows them. */
    public Listing<J> list(PageParams page, String condition, Map<String, Object> parameters) {
        String where = condition == null ? "" : " where " + condition;
        return QuarkusTransaction.requiringNew().call(() -> {
            TypedQuery<Long> count = em.createQuery("select count(j) from " + entity() + " j" + where, Long.class);
            TypedQuery<J> items = em.createQuery("select j from " + entity() + " j" + where
                    + " order by j.createdAt desc, j.id desc", type);
            parameters.forEach((key, value) -> {
                count.setParameter(key, value);
                items.setParameter(key, value);
            });
            return new Listing<>(items.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList(),
                    count.getSingleResult());
        });
    }

    /** The page of the directory's shape ({@link ImportJobPage}). */
    public ImportJobPage page(PageParams page, String condition, Map<String, Object> parameters) {
        Listing<J> listing = list(page, condition, parameters);
        return new ImportJobPage(listing.items().stream().map(ImportJobResponse::of).toList(), page.page(), page.size(),
                listing.total(), page.totalPages(listing.total()));
    }

    /** Ends a dry run's transaction by rolling it back, carrying what the write would have done. */
    private static final class DryRunDone extends RuntimeException {
        final Counts counts;

        DryRunDone(Counts counts) {
            super(null, null, false, false);
            this.counts = counts;
        }
    }

    private <R> void run(UUID jobId, CsvImportFile file, Author author, boolean dryRun, Handler<R> handler) {
        try {
            update(jobId, job -> {
                job.status = ImportJob.Status.VALIDATING;
                job.startedAt = Instant.now(clock);
            });
            List<ImportRowError> errors = new ArrayList<>();
            List<R> rows = handler.validate(file, progress(jobId, (job, done) -> job.processedRows = done), errors);
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparingInt(ImportRowError::line));
                update(jobId, job -> {
                    job.status = ImportJob.Status.FAILED;
                    job.processedRows = file.rows().size();
                    job.errorCount = errors.size();
                    job.errors = new ArrayList<>(errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
                    job.failureDetail = "Rows with errors; nothing was written. Correct them and send the file again.";
                    job.finishedAt = Instant.now(clock);
                });
                return;
            }
            update(jobId, job -> {
                job.status = ImportJob.Status.WRITING;
                job.processedRows = file.rows().size();
            });
            Counts counts;
            try {
                counts = QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
                    // An import of this kind writing on another instance is waited for, however long it takes: the
                    // statement and lock timeouts of the connection (application.properties) are lifted for this wait only.
                    em.createNativeQuery("select set_config('statement_timeout', '0', true), set_config('lock_timeout', '0', true)")
                            .getSingleResult();
                    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "synergia." + name)
                            .getSingleResult();
                    em.createNativeQuery("select set_config(name, reset_val, true) from pg_settings "
                            + "where name in ('statement_timeout', 'lock_timeout')").getResultList();
                    Counts written = handler.write(jobId, rows, author, progress(jobId, (job, done) -> job.writtenRows = done));
                    if (dryRun) {
                        throw new DryRunDone(written); // rolls the transaction back: a dry run writes nothing
                    }
                    return written;
                });
            } catch (DryRunDone done) {
                counts = done.counts;
            }
            Counts result = counts;
            if (!dryRun) {
                try {
                    handler.written(jobId, rows);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Import %s (%s) was written, but what follows the write failed", jobId, name);
                }
            }
            update(jobId, job -> {
                job.status = ImportJob.Status.SUCCEEDED;
                job.writtenRows = rows.size();
                job.created = result.created();
                job.updated = result.updated();
                job.unchanged = result.unchanged();
                job.finishedAt = Instant.now(clock);
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s (%s) failed while writing; rolled back", jobId, name);
            try {
                update(jobId, job -> {
                    job.status = ImportJob.Status.FAILED;
                    job.failureDetail = "The rows could not be written; nothing was changed. Reference: " + jobId;
                    job.finishedAt = Instant.now(clock);
                });
            } catch (RuntimeException nested) {
                LOG.errorf(nested, "Could not record the failure of import %s", jobId);
            }
        }
    }

    private interface ProgressField<J> {
        void set(J job, int done);
    }

    /** Commits the count every {@link #PROGRESS_EVERY} rows. */
    private IntConsumer progress(UUID jobId, ProgressField<J> field) {
        return done -> {
            if (done % PROGRESS_EVERY == 0) {
                update(jobId, job -> field.set(job, done));
            }
        };
    }

    /** Changes the job in a transaction of its own, committed at once, so progress is visible while the import runs. */
    private void update(UUID jobId, Consumer<J> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(em.find(type, jobId)));
    }

    private String entity() {
        return type.getSimpleName();
    }

    /** A problem for a value the file names that is not allowed; as a field error of the upload. */
    public static FieldError rowProblem(int line, String column, String code, String message) {
        return new FieldError("line " + line + ": " + column, code, message, Map.of("line", line, "column", column));
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
