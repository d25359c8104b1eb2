package pl.synergia.shared.audit;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import pl.synergia.shared.request.RequestIds;
import pl.synergia.shared.ops.DomainMetrics;
import pl.synergia.shared.security.CurrentUser;

/**
 * The append-only record of every read and write of a client's or plan's data. An allowed access
 * is written in the caller's transaction, so if the audit row cannot be written the access fails
 * too. A refused access is written in a transaction of its own, because the refusal rolls the
 * caller's transaction back.
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
        em.createNativeQuery("insert into audit_log (subject, subject_name, institution_id, client_id, record_type, "
                + "record_id, action, purpose, outcome, request_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .unwrap(NativeQuery.class)
                .setParameter(1, subject)
                .setParameter(2, name)
                .setParameter(3, institution, UUID.class)
                .setParameter(4, clientId, UUID.class)
                .setParameter(5, recordType)
                .setParameter(6, recordId, UUID.class)
                .setParameter(7, action.name())
                .setParameter(8, purpose)
                .setParameter(9, outcome)
                .setParameter(10, requestId, String.class)
                .executeUpdate();
        metrics.auditRowWritten(outcome);
    }
}
