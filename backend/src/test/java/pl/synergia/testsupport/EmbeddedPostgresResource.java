package pl.synergia.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for @QuarkusTest (zonky binaries; no Docker), fresh for every test run. Its
 * data folder and port are published as system properties so that {@link DatabaseFaults} can stop,
 * freeze, kill and restart it under the running application.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    static final String DATA_DIR_PROPERTY = "synergia.test.postgres.data-dir";
    static final String PORT_PROPERTY = "synergia.test.postgres.port";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            Path dataDir = Files.createTempDirectory("synergia-test-pg");
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true).start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE synergia ENCODING 'UTF8' TEMPLATE template0");
            }
            System.setProperty(DATA_DIR_PROPERTY, dataDir.toString());
            System.setProperty(PORT_PROPERTY, Integer.toString(postgres.getPort()));
        } catch (Exception e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "synergia"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // a server restarted by DatabaseFaults is not zonky's to stop; a fast shutdown covers both
        if (DatabaseFaults.postmaster().isPresent()) {
            DatabaseFaults.stop();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
