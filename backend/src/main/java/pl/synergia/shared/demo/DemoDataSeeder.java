package pl.synergia.shared.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo institutions that match the demo Keycloak realm and the demo partnership of
 * gmina Legionowo (an ACTIVE Pakt, see docs/partnerships.md), when
 * {@code synergia.demo-data.enabled=true} (local runs and the docker-compose demo; never by
 * default in production). Runs after Flyway has migrated the schema; idempotent.
 */
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);
    /** Run in this order: the partnership refers to the institutions. */
    static final List<String> SCRIPTS = List.of("db/demo/demo-data.sql", "db/demo/demo-partnership.sql", "db/demo/demo-region.sql");

    @Inject
    DemoDataConfig config;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        run();
    }

    /** Runs the demo scripts (plain JDBC: a script holds several statements); idempotent. */
    @Transactional
    public void run() {
        // two instances starting together load the demo data one after the other
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('synergia.demo-data'))").getSingleResult();
        for (String script : SCRIPTS) {
            String sql = read(script);
            em.unwrap(Session.class).doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            });
            LOG.infof("Demo data enabled: %s applied (existing rows kept)", script);
        }
    }

    private static String read(String script) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
