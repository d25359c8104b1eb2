package pl.synergia.shared.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

import pl.synergia.shared.request.RequestIds;

/** Builds {@code application/problem+json} responses. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String type, String title, String detail, String instance,
            List<FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, instance, errors, RequestIds.current().orElse(null)))
                .build();
    }

    public static Response response(int status, String detail, String instance) {
        return response(status, ProblemType.BLANK, reasonPhrase(status), detail, instance, List.of());
    }

    public static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> "HTTP " + status;
        };
    }
}
