package pl.synergia.shared.audit;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import pl.synergia.shared.security.CurrentUser;

/**
 * The append-only record of every read and write of a client's or plan's data. An allowed access
 * is written in the caller's transaction, so if the audit row cannot be written the access fails
 * too. A refused access is written in a transaction of its own, because the refusal rolls the
 * caller's transaction back.
 */
@ApplicationScoped
public class AuditLog {

    public enum Action {
        READ, LIST, CREATE, UPDATE, TRANSITION, WITHDRAW, EXPORT, ANONYMISE, HAND_OVER, SEARCH, ERASE
    }

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

    private void insert(String recordType, UUID recordId, UUID clientId, Action action, String purpose, String outcome) {
        insert(user.subject(), user.displayName(), user.institutionId().orElse(null), recordType, recordId, clientId,
                action, purpose, outcome);
    }

    private void insert(String subject, String name, UUID institution, String recordType, UUID recordId, UUID clientId,
            Action action, String purpose, String outcome) {
        em.createNativeQuery("insert into audit_log (subject, subject_name, institution_id, client_id, record_type, "
                + "record_id, action, purpose, outcome) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
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
                .executeUpdate();
    }
}
