package pl.synergia.shared.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details: the body of every non-2xx answer of the API, served as
 * {@code application/problem+json}. Never carries stack traces, class names or personal data.
 */
@Schema(description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "URI reference identifying the problem type; about:blank when the HTTP status says it all", required = true) String type,
        @Schema(description = "Short, human-readable summary of the problem type", required = true) String title,
        @Schema(description = "HTTP status code", required = true) int status,
        @Schema(description = "Explanation specific to this occurrence") String detail,
        @Schema(description = "The request path this problem occurred at") String instance,
        @Schema(description = "Field-level errors, one per invalid input") List<FieldError> errors,
        @Schema(description = "Id of the request (also its X-Request-Id response header); the operator finds it in the logs and the audit trail") String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
