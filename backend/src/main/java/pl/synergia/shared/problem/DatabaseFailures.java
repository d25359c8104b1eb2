package pl.synergia.shared.problem;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a database that cannot be reached (stopped, restarting, too slow, out of connections) from
 * a fault of the application: the first is answered 503 with Retry-After, the second 500. Looks at
 * the whole cause chain, since Hibernate, Narayana and Agroal each wrap the driver's exception.
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
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                    return true;
                }
                // Agroal: "Acquisition timeout while waiting for new connection", no SQLSTATE
                String message = sql.getMessage();
                if (state == null && message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
