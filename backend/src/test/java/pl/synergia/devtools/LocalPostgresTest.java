package pl.synergia.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The database of {@code make run} flushes every commit (issue #13: 3 of 967 acknowledged writes were lost after a kill). */
class LocalPostgresTest {

    @Test
    void commitsAreFlushedToDiskBeforeTheyAreAcknowledged() throws Exception {
        Path dataDir = Files.createTempDirectory("local-postgres-test");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedPostgres postgres = LocalPostgres.durable(port, dataDir).setCleanDataDirectory(true).start();
                Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            assertEquals("on", show(s, "fsync"));
            assertEquals("on", show(s, "synchronous_commit"));
            assertEquals("on", show(s, "full_page_writes"));
        }
    }

    private static final Path SETTINGS = Path.of("..", "deploy", "postgres", "synergia-postgresql.conf");

    /** The OLTP settings (issue #14) are what the local database runs with, and the compose file passes the same. */
    @Test
    void theOltpSettingsApplyLocallyAndInTheComposeFile() throws Exception {
        java.util.Map<String, String> settings = LocalPostgres.settings(SETTINGS);
        assertEquals("0", settings.get("max_parallel_workers_per_gather"));
        String compose = Files.readString(Path.of("..", "docker-compose.yml"));
        java.util.List<String> passed = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s+- ([a-z_]+=\\S+)\\s*$").matcher(compose);
        while (m.find()) {
            passed.add(m.group(1));
        }
        assertEquals(settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(), passed,
                "docker-compose.yml postgres command vs " + SETTINGS);

        Path dataDir = Files.createTempDirectory("local-postgres-settings");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedPostgres.Builder builder = LocalPostgres.durable(port, dataDir).setCleanDataDirectory(true);
        settings.forEach(builder::setServerConfig);
        try (EmbeddedPostgres postgres = builder.start(); Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            assertEquals("0", show(s, "max_parallel_workers_per_gather"));
            assertEquals("512MB", show(s, "shared_buffers"));
            assertEquals("off", show(s, "jit"));
        }
    }

    private static String show(Statement s, String setting) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
