package pl.synergia.devtools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The local database of {@code make run}: a real PostgreSQL (zonky binaries from Maven Central),
 * data kept in a folder so a restart keeps what users entered. Not used in production, where the
 * backend takes a JDBC URL from the environment.
 *
 * <pre>java -cp … pl.synergia.devtools.LocalPostgres --port 5433 --data-dir .local/postgres</pre>
 *
 * Prints {@code READY <jdbc-url>} when the database {@value #DATABASE} accepts connections and
 * runs until it is stopped (SIGINT/SIGTERM), then shuts PostgreSQL down cleanly.
 */
public final class LocalPostgres {

    static final String DATABASE = "synergia";

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        int port = 5433;
        Path dataDir = Path.of(".local/postgres");
        Path settings = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--settings" -> settings = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; usage: LocalPostgres --port N --data-dir DIR [--settings deploy/postgres/synergia-postgresql.conf]");
            }
        }
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = durable(port, dataDir);
        if (settings != null) {
            settings(settings).forEach(builder::setServerConfig);
        }
        EmbeddedPostgres postgres = builder.start();
        createDatabaseIfMissing(postgres);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "local-postgres-stop"));
        System.out.println("READY " + postgres.getJdbcUrl("postgres", DATABASE));
        System.out.flush();
        stopped.await();
    }

    /**
     * The local database keeps what people enter: zonky starts PostgreSQL for throw-away test data
     * (fsync off, {@code synchronous_commit=off}), which lost acknowledged writes when the process was
     * killed (issue #13). Here every commit is flushed to disk before it is acknowledged.
     */
    static EmbeddedPostgres.Builder durable(int port, Path dataDir) {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir.toAbsolutePath())
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    /** The settings of a file of "name = value" lines (blank lines and # comments skipped), in file order. */
    static java.util.Map<String, String> settings(Path file) throws java.io.IOException {
        java.util.Map<String, String> found = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int eq = text.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException(file + ": not a setting: " + line);
            }
            found.put(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
        }
        return found;
    }

    static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }
}
