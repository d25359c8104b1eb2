package pl.synergia.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Faults of the test run's PostgreSQL ({@link EmbeddedPostgresResource}) under the running
 * application: freeze (SIGSTOP: the server accepts connections and answers nothing), stop (a clean
 * shutdown), kill (SIGKILL of every PostgreSQL process: a crash) and start again on the same data
 * folder and port with {@code pg_ctl}, the way zonky started it.
 */
public final class DatabaseFaults {

    /** How the server is started again: as zonky does (no fsync, commits acknowledged before they are flushed) or durable. */
    public enum Durability {
        THROWAWAY("-F -c synchronous_commit=off"),
        DURABLE("-c fsync=on -c synchronous_commit=on -c full_page_writes=on");

        final String options;

        Durability(String options) {
            this.options = options;
        }
    }

    private DatabaseFaults() {
    }

    private static Path dataDir() {
        return Path.of(System.getProperty(EmbeddedPostgresResource.DATA_DIR_PROPERTY));
    }

    private static String port() {
        return System.getProperty(EmbeddedPostgresResource.PORT_PROPERTY);
    }

    /** The postmaster's pid, from postmaster.pid, when the server runs. */
    public static Optional<Long> postmaster() {
        Path pidFile = dataDir().resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<Long> cluster() {
        long pid = postmaster().orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        List<Long> pids = new ArrayList<>();
        pids.add(pid);
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(child -> pids.add(child.pid())));
        return pids;
    }

    /** Every PostgreSQL process stops where it is: connections are accepted by the kernel and never answered. */
    public static void freeze() {
        signal("-STOP", cluster());
    }

    public static void thaw() {
        signal("-CONT", cluster());
    }

    /** A crash: every PostgreSQL process is killed at once, nothing is flushed. */
    public static void kill() {
        List<Long> pids = cluster();
        signal("-KILL", pids);
        awaitGone(pids, Duration.ofSeconds(10));
    }

    /** A clean, fast shutdown (SIGINT: connections are ended, everything is flushed). */
    public static void stop() {
        long pid = postmaster().orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        signal("-INT", List.of(pid));
        awaitGone(List.of(pid), Duration.ofSeconds(30));
    }

    /**
     * Starts the server on its data folder and port, as zonky does; after a kill PostgreSQL recovers
     * from its WAL first. Waits until it accepts connections.
     */
    public static void start(Durability durability) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; zonky runs it in a user namespace where it is not
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(binDir().resolve("postgres").toString(), "-D", dataDir().toString(),
                "-p", port(), "-c", "timezone=UTC", "-c", "max_connections=300"));
        command.addAll(List.of(durability.options.split(" ")));
        try {
            Process server = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir().resolve("restart.log").toFile())).start();
            Instant deadline = Instant.now().plusSeconds(60);
            while (!accepts()) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("PostgreSQL exited on start: " + Files.readString(dataDir().resolve("restart.log")));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("PostgreSQL did not accept connections within 60 s");
                }
                sleep(Duration.ofMillis(100));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL", e);
        }
    }

    private static boolean accepts() {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port() + "/postgres?connectTimeout=2&socketTimeout=5", "postgres", "postgres")) {
            return c.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private static void awaitGone(List<Long> pids, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (pids.stream().anyMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PostgreSQL processes still running: " + pids);
            }
            sleep(Duration.ofMillis(50));
        }
    }

    private static Path binary;

    /** Where zonky unpacked the PostgreSQL binaries: next to the running postgres executable. */
    private static synchronized Path binDir() {
        if (binary == null) {
            long pid = postmaster().orElseThrow(() -> new IllegalStateException("PostgreSQL must run once to find its binaries"));
            try {
                binary = Path.of("/proc/" + pid + "/exe").toRealPath().getParent();
            } catch (IOException e) {
                throw new IllegalStateException("cannot find the PostgreSQL binaries", e);
            }
        }
        return binary;
    }

    /** Remembers where the binaries are while the server runs (call before a kill or stop). */
    public static void locateBinaries() {
        binDir();
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(pid.toString()));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
