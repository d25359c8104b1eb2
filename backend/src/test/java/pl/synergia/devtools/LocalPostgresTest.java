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

    private static String show(Statement s, String setting) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
