package pl.synergia.shared.http;

import java.util.List;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.Problem;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.problem.Problems;

/**
 * Writes problem+json straight on the HTTP response, for answers given before a request reaches
 * the REST layer (too large, malformed, no route); the same members as {@link Problem}.
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(HttpServerResponse response, int status, String detail, String instance, List<FieldError> errors,
            String requestId) {
        String type = status == 400 && !errors.isEmpty() ? ProblemType.VALIDATION : ProblemType.BLANK;
        String title = status == 400 && !errors.isEmpty() ? "Invalid request parameters" : Problems.reasonPhrase(status);
        JsonObject problem = new JsonObject()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArray list = new JsonArray();
            for (FieldError error : errors) {
                list.add(new JsonObject().put("field", error.field()).put("code", error.code()).put("message", error.message()));
            }
            problem.put("errors", list);
        }
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problem.encode());
    }
}
