package pl.synergia.shared.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a database that cannot be reached (stopped, restarting, too slow, out of connections) from
 * a fault of the application: the first is answered 503 with Retry-After, the second 500. Looks at
 * the whole cause chain, since Hibernate, Narayana and Agroal each wrap the driver's exception. A
 * refused or timed-out connection counts only with the driver's SQLException around it: the same
 * exceptions without it come from the identity provider ({@link IdentityProviderFailures}).
 */
public final class DatabaseFailures {

    /**
     * SQLSTATEs of an unreachable or overloaded server: class 08 (connection exception), 53300 too
     * many connections, 57014 statement timeout (query_canceled), 57P01..57P03 administrator or crash
     * shutdown, cannot connect now (starting up or in recovery).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("53300", "57014", "57P01", "57P02", "57P03");

    private DatabaseFailures() {
    }

    public static boolean unavailable(Throwable failure) {
        return unavailable(failure, 0);
    }

    /** The cause chain, and what was suppressed along it (Narayana adds a failed commit's cause that way). */
    private static boolean unavailable(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (signalsUnavailable(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (unavailable(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean signalsUnavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return true;
        }
        // Hibernate could not get a connection at all, whatever the driver said (e.g. a connection
        // attempt interrupted by the pool's acquisition timeout: "Something unusual has occurred")
        String text = t.getMessage();
        if (t.getClass().getName().startsWith("org.hibernate.") && text != null && text.startsWith("Unable to acquire JDBC Connection")) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                return true;
            }
            // Agroal: "Acquisition timeout while waiting for new connection", no SQLSTATE
            String message = sql.getMessage();
            return state == null && message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }
}
