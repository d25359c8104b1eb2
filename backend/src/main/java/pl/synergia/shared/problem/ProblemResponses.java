package pl.synergia.shared.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the failures of every operation as {@code application/problem+json} (ADR 0020), so a
 * resource declares only what is particular to it: the status and a description, e.g.
 * {@code @APIResponse(responseCode = "404", description = "No partnership has this id")}. This
 * filter then
 * <ul>
 * <li>gives every 4xx and 5xx response without content the {@link Problem} body;</li>
 * <li>adds 401 to every operation that requires a login, and 403 where the resource has not
 * worded its own;</li>
 * <li>adds 412 (stale version) and 428 (If-Match missing) to every operation that takes If-Match
 * ({@code Preconditions.expectedVersion}), where the resource has not worded its own;</li>
 * <li>adds 400 to every operation with a UUID parameter (answered by
 * {@code UuidParameters}) or a JSON body (malformed JSON), naming them, unless the operation
 * declares its own 400 (whose description must then cover them);</li>
 * <li>adds 503 with {@code Retry-After} to every operation: any of them answers it while the
 * database cannot be reached (ADR 0022).</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String UNAUTHORIZED = "No valid bearer token";
    static final String FORBIDDEN = "The caller's roles do not allow this";
    static final String STALE = "Stale version";
    static final String IF_MATCH_MISSING = "If-Match is missing";
    static final String UNAVAILABLE = "The database cannot be reached; try again after Retry-After seconds";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String UUID_SCHEMA = "#/components/schemas/UUID";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                document(operation);
            }
        }
    }

    private static void document(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            // First, as the class-level declarations they replace were (Quarkus may have added a bare one).
            Map<String, APIResponse> first = new LinkedHashMap<>();
            first.put("401", problem(UNAUTHORIZED));
            if (!responses.hasAPIResponse("403")) {
                first.put("403", problem(FORBIDDEN));
            }
            responses.removeAPIResponse("401");
            prepend(responses, first);
        }
        if (hasHeader(operation, HttpHeaders.IF_MATCH)) {
            insertInOrder(responses, "412", STALE);
            insertInOrder(responses, "428", IF_MATCH_MISSING);
        }
        String malformed = malformedInput(operation);
        if (malformed != null && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", problem(malformed));
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", problem(UNAVAILABLE).addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before trying again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (isFailure(entry.getKey()) && entry.getValue().getContent() == null && entry.getValue().getRef() == null) {
                entry.getValue().setContent(problemContent());
            }
        }
    }

    /** What makes the request malformed (400) before it reaches the resource, or null. */
    private static String malformedInput(Operation operation) {
        List<String> ids = new ArrayList<>();
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                if (p.getIn() != Parameter.In.COOKIE && isUuid(p.getSchema())) {
                    ids.add(p.getName());
                }
            }
        }
        boolean json = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("application/json");
        String idText = ids.isEmpty() ? null : "the " + String.join(" or ", ids) + " is not a UUID";
        if (json) {
            return idText == null ? "Malformed JSON" : "Malformed JSON, or " + idText;
        }
        return idText == null ? null : "T" + idText.substring(1);
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static boolean isUuid(Schema schema) {
        return schema != null && (UUID_SCHEMA.equals(schema.getRef()) || "uuid".equals(schema.getFormat()));
    }

    private static boolean isFailure(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static void prepend(APIResponses responses, Map<String, APIResponse> first) {
        Map<String, APIResponse> rest = new LinkedHashMap<>(responses.getAPIResponses());
        for (String status : rest.keySet()) {
            responses.removeAPIResponse(status);
        }
        first.forEach(responses::addAPIResponse);
        rest.forEach(responses::addAPIResponse);
    }

    /** Adds a failure unless declared, before the first failure with a higher status (as a resource would list it). */
    private static void insertInOrder(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        Map<String, APIResponse> all = new LinkedHashMap<>(responses.getAPIResponses());
        for (String existing : all.keySet()) {
            responses.removeAPIResponse(existing);
        }
        boolean added = false;
        for (Map.Entry<String, APIResponse> entry : all.entrySet()) {
            if (!added && isFailure(entry.getKey()) && entry.getKey().compareTo(status) > 0) {
                responses.addAPIResponse(status, problem(description));
                added = true;
            }
            responses.addAPIResponse(entry.getKey(), entry.getValue());
        }
        if (!added) {
            responses.addAPIResponse(status, problem(description));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
