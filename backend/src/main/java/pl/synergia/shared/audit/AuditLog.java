package pl.synergia.shared.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import pl.synergia.shared.request.RequestIds;
import pl.synergia.shared.ops.DomainMetrics;
import pl.synergia.shared.security.CurrentUser;

/**
 * The append-only record of every read and write of a client's or plan's data. An allowed access
 * is written in the caller's transaction, so if the audit row cannot be written the access fails
 * too. A refused access is written in a transaction of its own, because the refusal rolls the
 * caller's transaction back. The rows of one transaction are collected and written in one
 * statement just before it commits (issue #14: a caseload page wrote 20 single-row inserts); a
 * failure there rolls the transaction back, so the guarantee holds (ADR 0035).
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    public enum Action {
        READ, LIST, CREATE, UPDATE, TRANSITION, WITHDRAW, EXPORT, ANONYMISE, HAND_OVER, SEARCH, ERASE,
        /** A call of an endpoint as such, refused before any record was read (record type ENDPOINT). */
        REQUEST
    }

    /** Record type of a refusal that concerns an endpoint, not a record. */
    public static final String ENDPOINT = "ENDPOINT";

    /** Who acts when it is not the caller of a request (a scheduled job), or the caller captured beforehand. */
    public record Actor(String subject, String name, UUID institutionId) {
        /** The platform itself, e.g. the daily retention job. */
        public static Actor system(String job, String name) {
            return new Actor("system:" + job, name, null);
        }
    }

    /** The caller of the current request, for work that continues in transactions of its own. */
    public Actor currentActor() {
        return new Actor(user.subject(), user.displayName(), user.institutionId().orElse(null));
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ManagedExecutor workers;

    @Inject
    DomainMetrics metrics;

    @Inject
    TransactionManager transactions;

    @Inject
    TransactionSynchronizationRegistry registry;

    /** Key of this transaction's pending rows in the transaction's resources. */
    private static final Object PENDING_KEY = new Object();

    @Transactional(Transactional.TxType.MANDATORY)
    public void allowed(String recordType, UUID recordId, UUID clientId, Action action, String purpose) {
        insert(recordType, recordId, clientId, action, purpose, "ALLOWED");
    }

    /** An allowed access by an explicit actor, in the caller's transaction (for work outside a request, like a scheduled job). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void allowed(Actor actor, String recordType, UUID recordId, UUID clientId, Action action, String purpose) {
        insert(actor.subject(), actor.name(), actor.institutionId(), recordType, recordId, clientId, action, purpose, "ALLOWED");
    }

    public void denied(String recordType, UUID recordId, UUID clientId, Action action, String purpose) {
        String subject = user.subject();
        String name = user.displayName();
        UUID institution = user.institutionId().orElse(null);
        QuarkusTransaction.requiringNew().run(() -> insert(subject, name, institution, recordType, recordId, clientId,
                action, purpose, "DENIED"));
    }

    /**
     * A request refused (403) because of the caller's roles or a rule of their role: who called which
     * endpoint, with the request id. No record, no client, no query string (a search term may name a
     * person). A failure to write it is logged, never turned into a different answer.
     */
    public void refused(String reason, String method, String path) {
        if (!user.authenticated()) {
            return;
        }
        String full = reason + " " + method + " " + path;
        String purpose = full.length() > 200 ? full.substring(0, 200) : full;
        String subject = user.subject();
        String name = user.displayName();
        UUID institution = user.institutionId().orElse(null);
        String requestId = RequestIds.current().orElse(null);
        Runnable write = () -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> insert(subject, name, institution, ENDPOINT, null, null, Action.REQUEST,
                        purpose, "DENIED", requestId));
            } catch (RuntimeException e) {
                LOG.warnf("Could not audit a refused request (%s, request %s): %s", reason, requestId, e.getMessage());
            }
        };
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            // a role is checked on the I/O thread, before the request reaches a worker: write from a worker
            workers.execute(write);
        } else {
            write.run();
        }
    }

    private void insert(String recordType, UUID recordId, UUID clientId, Action action, String purpose, String outcome) {
        insert(user.subject(), user.displayName(), user.institutionId().orElse(null), recordType, recordId, clientId,
                action, purpose, outcome);
    }

    private void insert(String subject, String name, UUID institution, String recordType, UUID recordId, UUID clientId,
            Action action, String purpose, String outcome) {
        insert(subject, name, institution, recordType, recordId, clientId, action, purpose, outcome, RequestIds.current().orElse(null));
    }

    private void insert(String subject, String name, UUID institution, String recordType, UUID recordId, UUID clientId,
            Action action, String purpose, String outcome, String requestId) {
        Row row = new Row(subject, name, institution, clientId, recordType, recordId, action.name(), purpose, outcome, requestId);
        Pending pending = pending();
        if (pending == null) {
            write(List.of(row));
        } else {
            pending.rows.add(row);
        }
        metrics.auditRowWritten(outcome);
    }

    /**
     * Writes the rows collected so far in this transaction now (a read of audit_log in the same
     * transaction sees them). Nothing to do outside a transaction or when none is pending.
     */
    public void flush() {
        if (registry.getTransactionKey() == null) {
            return;
        }
        Pending pending = (Pending) registry.getResource(PENDING_KEY);
        if (pending != null) {
            pending.flush();
        }
    }

    /**
     * The rows of the current transaction, registered to be written before it commits; null outside a
     * transaction. Written by a Hibernate before-completion process (as Envers writes its audit rows):
     * after Hibernate's own flush, on the transaction's connection while Hibernate still holds it; a
     * failure there fails the commit.
     */
    private Pending pending() {
        try {
            Transaction transaction = transactions.getTransaction();
            if (transaction == null || transaction.getStatus() != Status.STATUS_ACTIVE) {
                return null;
            }
        } catch (SystemException e) {
            throw new IllegalStateException("The audit rows cannot join the transaction", e);
        }
        Pending pending = (Pending) registry.getResource(PENDING_KEY);
        if (pending == null) {
            pending = new Pending();
            em.unwrap(SessionImplementor.class).getActionQueue().registerProcess(pending);
            registry.putResource(PENDING_KEY, pending);
        }
        return pending;
    }

    /** One statement for any number of rows: the columns as arrays, unnested in order. */
    private void write(List<Row> rows) {
        int n = rows.size();
        String[] subjects = new String[n];
        String[] names = new String[n];
        UUID[] institutions = new UUID[n];
        UUID[] clients = new UUID[n];
        String[] recordTypes = new String[n];
        UUID[] records = new UUID[n];
        String[] actions = new String[n];
        String[] purposes = new String[n];
        String[] outcomes = new String[n];
        String[] requestIds = new String[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            subjects[i] = r.subject();
            names[i] = r.name();
            institutions[i] = r.institution();
            clients[i] = r.client();
            recordTypes[i] = r.recordType();
            records[i] = r.record();
            actions[i] = r.action();
            purposes[i] = r.purpose();
            outcomes[i] = r.outcome();
            requestIds[i] = r.requestId();
        }
        em.createNativeQuery("insert into audit_log (subject, subject_name, institution_id, client_id, record_type, "
                + "record_id, action, purpose, outcome, request_id) select * from unnest(cast(?1 as varchar[]), "
                + "cast(?2 as varchar[]), cast(?3 as uuid[]), cast(?4 as uuid[]), cast(?5 as varchar[]), cast(?6 as uuid[]), "
                + "cast(?7 as varchar[]), cast(?8 as varchar[]), cast(?9 as varchar[]), cast(?10 as varchar[]))")
                .setParameter(1, subjects)
                .setParameter(2, names)
                .setParameter(3, institutions)
                .setParameter(4, clients)
                .setParameter(5, recordTypes)
                .setParameter(6, records)
                .setParameter(7, actions)
                .setParameter(8, purposes)
                .setParameter(9, outcomes)
                .setParameter(10, requestIds)
                .executeUpdate();
    }

    private record Row(String subject, String name, UUID institution, UUID client, String recordType, UUID record,
            String action, String purpose, String outcome, String requestId) {
    }

    /** The audit rows of one transaction, written in one statement just before it commits. */
    private final class Pending implements BeforeTransactionCompletionProcess {
        final List<Row> rows = new ArrayList<>();

        void flush() {
            if (!rows.isEmpty()) {
                List<Row> batch = List.copyOf(rows);
                rows.clear();
                write(batch);
            }
        }

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor session) {
            flush();
        }
    }
}
