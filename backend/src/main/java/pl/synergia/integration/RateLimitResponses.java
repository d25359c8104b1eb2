package pl.synergia.integration;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import pl.synergia.shared.problem.Problem;

/**
 * Documents the 429 of {@link RateLimitFilter} on every operation that needs a login: a third-party
 * system may meet its rate limit on any of them: one response (components/responses/RateLimited, with
 * its headers) referred to by each, last among its failures; and the RateLimit-* fields every other
 * 2xx and 4xx answer to a system carries. Runs after the filters that add failures (ProblemResponses).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -500)
public class RateLimitResponses implements OASFilter {

    static final String NAME = "RateLimited";
    static final String DESCRIPTION = "A third-party system used up its rate limit; Retry-After says when to try again";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addResponse(NAME, tooMany());
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getSecurity() != null && !operation.getSecurity().isEmpty() && operation.getResponses() != null
                        && !operation.getResponses().hasAPIResponse("429")) {
                    operation.getResponses().addAPIResponse("429",
                            OASFactory.createAPIResponse().ref("#/components/responses/" + NAME));
                }
                if (operation.getSecurity() != null && !operation.getSecurity().isEmpty() && operation.getResponses() != null) {
                    for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
                        APIResponse response = entry.getValue();
                        if (response.getRef() == null && (entry.getKey().startsWith("2") || entry.getKey().startsWith("4"))
                                && (response.getHeaders() == null || !response.getHeaders().containsKey(RateLimitFilter.LIMIT))) {
                            response.addHeader(RateLimitFilter.LIMIT, header("Requests a third-party system may make per period (answers to systems only)"))
                                    .addHeader(RateLimitFilter.REMAINING, header("Requests the system has left now (answers to systems only)"))
                                    .addHeader(RateLimitFilter.RESET, header("Seconds until the system's full limit is available again (answers to systems only)"));
                        }
                    }
                }
            }
        }
    }

    private static APIResponse tooMany() {
        return OASFactory.createAPIResponse().description(DESCRIPTION)
                .addHeader("Retry-After", header("Seconds until a request is allowed again"))
                .addHeader(RateLimitFilter.LIMIT, header("Requests the system may make per period (also on every other answer to a system)"))
                .addHeader(RateLimitFilter.REMAINING, header("Requests left now"))
                .addHeader(RateLimitFilter.RESET, header("Seconds until the full limit is available again"))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO));
    }
}
