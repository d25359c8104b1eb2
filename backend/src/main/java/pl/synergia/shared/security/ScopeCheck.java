package pl.synergia.shared.security;

import java.lang.reflect.Method;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;

/**
 * Enforces {@link RequiresScope} for third-party systems: before a resource method runs, a caller
 * with the integration role must hold the scope the method (or its class) names. The refusal is a
 * 403 problem whose {@code errors[0]} names the missing scope ({@code field} "scope", {@code code}
 * "missing-scope"); it is audited like every refusal (reason SCOPE_REFUSED, by the problem mapper) and
 * logged with the client, never with request data.
 */
public class ScopeCheck {

    private static final Logger AUDIT = Logger.getLogger("pl.synergia.audit.scope");

    @Inject
    CurrentUser user;

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        String required = required(resource.getResourceMethod(), resource.getResourceClass());
        if (required == null || request.getSecurityContext().getUserPrincipal() == null || !user.isSystem()) {
            return;
        }
        if (!user.scopes().contains(required)) {
            AUDIT.warnf("Refused %s %s to client %s: scope %s missing", request.getMethod(),
                    resource.getResourceMethod().getName(), user.clientId().orElse(user.subject()), required);
            throw missing(required);
        }
    }

    /** The scope a method needs: its own annotation, else its class's; null when neither has one. */
    static String required(Method method, Class<?> type) {
        RequiresScope own = method == null ? null : method.getAnnotation(RequiresScope.class);
        if (own != null) {
            return own.value();
        }
        RequiresScope inherited = type == null ? null : type.getAnnotation(RequiresScope.class);
        return inherited == null ? null : inherited.value();
    }

    static ProblemException missing(String scope) {
        return new ProblemException(403, ProblemType.INSUFFICIENT_SCOPE, "Insufficient scope",
                "The token of this system lacks the scope '" + scope + "' that this operation requires.",
                List.of(new FieldError("scope", "missing-scope", "requires " + scope)));
    }
}
