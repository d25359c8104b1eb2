import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmark's own PostgreSQL 18 (zonky binaries, as the local stack and the tests use): a
 * fresh data folder, its own port, the server log in a file (the benchmark reads the SQL the API
 * sends from it) and pg_stat_statements loaded. Run by bench/run.sh with the backend's test
 * classpath as a single-file program:
 *
 * <pre>java -cp "$(cat backend/target/test-classpath.txt)" bench/BenchPostgres.java \
 *     --port N --data-dir .local/bench/postgres --log-dir .local/bench/logs/postgres</pre>
 *
 * Prints {@code READY <jdbc-url>} once the database {@code synergia} accepts connections and runs
 * until it gets SIGINT/SIGTERM, then stops PostgreSQL.
 */
public final class BenchPostgres {

    public static void main(String[] args) throws Exception {
        Integer port = null;
        Path dataDir = null;
        Path logDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath();
                case "--log-dir" -> logDir = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (port == null || dataDir == null || logDir == null) {
            throw new IllegalArgumentException("usage: BenchPostgres --port N --data-dir DIR --log-dir DIR");
        }
        Files.createDirectories(dataDir);
        Files.createDirectories(logDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // room for the API's pool, pgbench's 32 clients and psql
                .setServerConfig("max_connections", "120")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.max", "1000")
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", logDir.toString())
                .setServerConfig("log_filename", "postgresql.log")
                .setServerConfig("log_parameter_max_length", "-1")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "bench-postgres-stop"));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'synergia'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE synergia ENCODING 'UTF8' TEMPLATE template0");
            }
        }
        System.out.println("READY " + postgres.getJdbcUrl("postgres", "synergia"));
        System.out.flush();
        stopped.await();
    }
}
