package pl.synergia.shared.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalPoolInterceptor;

/**
 * Checks each pooled connection as a transaction takes it (instead of Agroal's validate-on-borrow).
 * Agroal, finding a dead connection, would try the next idle one, a second per connection when the
 * database does not answer: with twenty idle connections a request would wait twenty seconds. Here
 * the first connection that does not answer within a second fails the request (503, Retry-After) and
 * every idle connection is dropped with it, so the next request goes straight to a new connection,
 * bounded by the pool's acquisition timeout.
 */
@ApplicationScoped
public class ConnectionCheck implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(ConnectionCheck.class);

    /** Seconds a connection has to answer (the JDBC API counts in whole seconds). */
    static final int TIMEOUT_SECONDS = 1;

    /** Thrown when a pooled connection does not answer; {@code DatabaseFailures} answers it with 503. */
    public static final class DatabaseUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseUnavailableException(SQLException cause) {
            super("The database did not answer the connection check", cause);
        }
    }

    @Inject
    Instance<AgroalDataSource> dataSource;

    @Override
    public void onConnectionAcquire(Connection connection) {
        boolean valid;
        try {
            valid = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            valid = false;
        }
        if (!valid) {
            LOG.warn("A pooled database connection did not answer within 1 s; dropping the idle connections");
            dataSource.get().flush(AgroalDataSource.FlushMode.IDLE);
            throw new DatabaseUnavailableException(new SQLTransientConnectionException("connection check failed", "08006"));
        }
    }
}
