package pl.synergia.shared.ops;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.agroal.api.AgroalDataSource;

/**
 * Readiness of the database, answered within {@code synergia.health.database-timeout} whatever the
 * database does: stopped (refused at once), frozen or unreachable (no answer: DOWN when the time is
 * up). One probe runs at a time on its own thread; while it still waits, further checks answer DOWN
 * at once instead of piling up threads behind a database that does not answer.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "synergia.health.database-timeout")
    Duration timeout;

    private final ExecutorService probes = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "database-readiness");
        thread.setDaemon(true);
        return thread;
    });

    private Future<Boolean> probe;

    @Override
    public synchronized HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        if (probe != null && !probe.isDone()) {
            return response.down().withData("reason", "the previous check is still waiting for the database").build();
        }
        probe = probes.submit(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(1);
            }
        });
        try {
            return probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS) ? response.up().build()
                    : response.down().withData("reason", "the database answered, but the connection is not valid").build();
        } catch (TimeoutException e) {
            return response.down().withData("reason", "no answer from the database within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return response.down().withData("reason", "cannot connect to the database").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        }
    }

    @PreDestroy
    void stop() {
        probes.shutdownNow();
    }
}
