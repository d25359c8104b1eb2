package pl.synergia.shared.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo institutions that match the demo Keycloak realm, when
 * {@code synergia.demo-data.enabled=true} (local runs and the docker-compose demo; never by
 * default in production). Runs after Flyway has migrated the schema; idempotent.
 */
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);
    private static final String SCRIPT = "db/demo/demo-data.sql";

    @ConfigProperty(name = "synergia.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        int inserted = em.createNativeQuery(read()).executeUpdate();
        LOG.infof("Demo data enabled: %d demo institution(s) inserted (existing ones kept)", inserted);
    }

    private static String read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
