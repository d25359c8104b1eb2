package pl.synergia.shared.problem;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure to reach the identity provider (Keycloak) while a bearer token is being checked:
 * the keys could not be fetched for a token signed with a key the backend does not know yet. Such a
 * token cannot be verified now, so the request is unauthenticated (401), answered as soon as the
 * call to Keycloak gives up ({@code synergia.oidc.response-timeout}). The backend calls no other
 * HTTP service, so a timeout, refused connection or closed connection without a database
 * exception around it can only come from there.
 */
public final class IdentityProviderFailures {

    private IdentityProviderFailures() {
    }

    public static boolean unreachable(Throwable failure) {
        boolean network = false;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException) {
                return false;
            }
            String name = t.getClass().getName();
            if (t instanceof TimeoutException || t instanceof ConnectException || t instanceof UnknownHostException
                    || name.equals("io.vertx.core.http.HttpClosedException") || name.equals("io.quarkus.oidc.OIDCException")) {
                network = true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return network;
    }
}
