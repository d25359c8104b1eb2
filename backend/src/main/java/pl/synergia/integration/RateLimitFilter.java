package pl.synergia.integration;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import pl.synergia.shared.problem.Problems;
import pl.synergia.shared.security.CurrentUser;

/**
 * Rate limits of third-party systems (callers with the integration role), per OAuth client. Every
 * answer to a system carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the bucket is full again); over the limit the answer is
 * 429 problem+json with {@code Retry-After} (seconds until one request is allowed). People are not limited here.
 */
public class RateLimitFilter {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    @Inject
    CurrentUser user;

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig config;

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHORIZATION - 100)
    public Response limit(ContainerRequestContext request) {
        if (!config.enabled() || request.getSecurityContext().getUserPrincipal() == null || !user.isSystem()) {
            return null;
        }
        String client = user.clientId().orElse(user.subject());
        RateLimiter.Decision decision = limiter.take(client);
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        LOG.infof("Rate limit of client %s reached", client);
        Response problem = Problems.response(429, "urn:synergia:problem:rate-limited", "Too Many Requests",
                "This system has used its " + decision.limit() + " requests; try again in " + decision.retryAfterSeconds()
                        + " s.", request.getUriInfo().getRequestUri().getRawPath(), List.of());
        return Response.fromResponse(problem).header("Retry-After", Long.toString(Math.max(1, decision.retryAfterSeconds())))
                .build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle(LIMIT, Long.toString(decision.limit()));
            response.getHeaders().putSingle(REMAINING, Long.toString(decision.remaining()));
            response.getHeaders().putSingle(RESET, Long.toString(decision.resetSeconds()));
        }
    }
}
