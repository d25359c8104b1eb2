package pl.synergia.shared.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.ops.DomainMetrics;
import pl.synergia.shared.input.InvalidJsonValueException;
import pl.synergia.shared.input.JsonInputErrors;
import pl.synergia.shared.problem.DatabaseFailures;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.IdentityProviderFailures;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.problem.Problems;

/**
 * Turns every failure of a REST call into {@code application/problem+json}. Messages of
 * exceptions are not echoed unless they were written for the client ({@link ProblemException}):
 * no stack traces, class names or data of the request reach the response.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Seconds a client should wait before trying again when the database cannot be reached. */
    static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    AuditLog audit;

    @Inject
    DomainMetrics metrics;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, Request request) {
        if (e.status() == 403) {
            audit.refused("RULE_REFUSED", request.getMethod(), path(uri));
        }
        return Problems.response(e.status(), e.type(), e.title(), e.getMessage(), path(uri), e.errors());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, Request request) {
        // A parameter converter (UUID parameters) says what is wrong with a ProblemException inside.
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        JsonProcessingException json = status == 400 ? jsonCause(e) : null;
        if (json != null) {
            return json instanceof InvalidJsonValueException invalid ? invalidJsonValue(invalid, uri) : malformedJson(json, uri);
        }
        Response problem = Problems.response(status, detailFor(status), path(uri));
        Object allow = e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
        if (allow != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
        }
        return problem;
    }

    @ServerExceptionMapper({ ConstraintViolationException.class, ResteasyReactiveViolationException.class })
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        boolean body = false;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                return unexpected(e, uri);
            }
            body |= isBeanProperty(violation.getPropertyPath());
            errors.add(new FieldError(fieldName(violation.getPropertyPath()),
                    violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        // A body whose values break the rules is understood but cannot be processed (422);
        // a bad query or path parameter is a bad request (400).
        int status = body ? 422 : 400;
        String title = body ? "Invalid request content" : "Invalid request parameters";
        return Problems.response(status, ProblemType.VALIDATION, title,
                "One or more values are invalid; see errors.", path(uri), errors);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, StreamReadException.class,
            InputCoercionException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class })
    public Response malformedJson(Exception e, UriInfo uri) {
        List<FieldError> errors = e instanceof JsonProcessingException json
                ? JsonInputErrors.of(json).map(List::of).orElse(List.of())
                : List.of();
        return Problems.response(400, ProblemType.MALFORMED_BODY, "Malformed request body",
                "The request body is not valid JSON of the expected shape" + (errors.isEmpty() ? "." : "; see errors."),
                path(uri), errors);
    }

    /** A value read from the body that is refused: malformed (400) or, for a date out of range, unprocessable (422). */
    @ServerExceptionMapper
    public Response invalidJsonValue(InvalidJsonValueException e, UriInfo uri) {
        if (!e.semantic()) {
            return malformedJson(e, uri);
        }
        return Problems.response(422, ProblemType.VALIDATION, "Invalid request content",
                "One or more values are invalid; see errors.", path(uri), JsonInputErrors.of(e).map(List::of).orElse(List.of()));
    }

    /** A DTO Jackson cannot build is a fault of the application, answered as one (not Quarkus's empty 500). */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthorized(Exception e, UriInfo uri) {
        return Response.fromResponse(Problems.response(401,
                "A valid bearer token issued by the Synergia identity provider is required.", path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /** A refusal for the caller's roles is audited like a refusal for their institution (issue #13). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, Request request) {
        audit.refused("ROLE_REFUSED", request.getMethod(), path(uri));
        return Problems.response(403, "Your roles do not allow this operation.", path(uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.unavailable(e)) {
            metrics.databaseUnavailable();
            return databaseUnavailable(e, uri);
        }
        if (IdentityProviderFailures.unreachable(e)) {
            LOG.warnf("Identity provider unreachable while checking a token, answered 401: %s", rootMessage(e));
            return Response.fromResponse(Problems.response(401, "The token could not be verified: the identity provider "
                    + "does not answer at the moment. Try again in a few seconds.", path(uri)))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return Problems.response(500, ProblemType.BLANK, "Internal Server Error",
                "Unexpected error. Quote this reference when reporting it: " + reference, path(uri), List.of());
    }

    /** The database cannot be reached or is overloaded: the client may try again shortly (503, Retry-After). */
    private static Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable, answered 503: %s", rootMessage(e));
        return Response.fromResponse(Problems.response(503, ProblemType.BLANK, "Service Unavailable",
                "The database cannot be reached at the moment. Try again in a few seconds; repeat a create with the "
                        + "same Idempotency-Key so that it is not made twice.", path(uri), List.of()))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request is not valid.";
            case 401 -> "A valid bearer token issued by the Synergia identity provider is required.";
            case 403 -> "Your roles do not allow this operation.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support the request method.";
            case 406 -> "No acceptable representation is available; the API speaks JSON.";
            case 415 -> "The request content type is not supported; send application/json.";
            default -> Problems.reasonPhrase(status);
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBeanProperty(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                return true;
            }
        }
        return false;
    }

    /** The parameter or JSON field name (a JSON path: {@code goals[1].description}), without the Java method name that the raw path starts with. */
    private static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && isBeanPropertyFollowing(path, node)) {
                continue;
            }
            // The index of a list element belongs to the list, as in the JSON path: goals[1].description.
            if (node.isInIterable() && node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.toString();
    }

    private static boolean isBeanPropertyFollowing(Path path, Path.Node parameter) {
        boolean seen = false;
        for (Path.Node node : path) {
            if (node == parameter) {
                seen = true;
            } else if (seen && node.getKind() == ElementKind.PROPERTY) {
                return true;
            }
        }
        return false;
    }
}
