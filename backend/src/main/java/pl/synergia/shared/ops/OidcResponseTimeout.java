package pl.synergia.shared.ops;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcRequestFilter;

/**
 * Every call to Keycloak (discovery, the signing keys) waits at most {@code synergia.oidc.response-timeout}
 * for an answer. Quarkus bounds only the connect; a Keycloak that accepts the connection but does not
 * answer (frozen, overloaded) would otherwise hold the request of a token with an unknown key id, and so
 * let an unauthenticated caller pin connections.
 */
@ApplicationScoped
@Unremovable
public class OidcResponseTimeout implements OidcRequestFilter {

    @ConfigProperty(name = "synergia.oidc.response-timeout")
    Duration timeout;

    @Override
    public void filter(OidcRequestContext context) {
        context.request().timeout(timeout.toMillis());
    }
}
