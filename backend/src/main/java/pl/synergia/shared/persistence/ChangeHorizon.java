package pl.synergia.shared.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * How far a "changed since" list may be read without a later commit landing behind it (ADR 0034).
 * {@code updated_at} is the start of the writing transaction (a trigger sets it to now()), so a row
 * not yet visible carries a time at or after the start of a transaction still running. The horizon
 * is the start of the oldest transaction running now in this database (or the present moment when
 * none is): every row before it is committed, and lists read "changed since" stop there. A long
 * transaction (an import) holds the horizon back until it ends; nothing is skipped.
 * <p>
 * It sees the transactions of every session of this database's role (the backend's); sessions of
 * other roles are visible only to a role with pg_read_all_stats. Writers of these tables must use the
 * backend's role.
 */
@ApplicationScoped
public class ChangeHorizon {

    private static final String HORIZON = """
            select least(statement_timestamp(), coalesce(min(xact_start), 'infinity'::timestamptz))
            from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null
              and backend_type = 'client backend'""";

    @Inject
    EntityManager em;

    public Instant now() {
        Object value = em.createNativeQuery(HORIZON).getSingleResult();
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
