package pl.synergia.shared.http;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import pl.synergia.shared.request.RequestIds;

/**
 * Declares the headers every answer carries, whatever the operation: the request id set by
 * {@link RequestGuard} (also in every problem+json and audit row), and the CORS origin Quarkus adds
 * for the SPA's origin ({@code quarkus.http.cors.origins}). Runs after the filters that add
 * responses (ProblemResponses, the rate limits): the lowest priority runs last.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -1000)
public class ResponseHeaders implements OASFilter {

    static final String CORS_ORIGIN = "Access-Control-Allow-Origin";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(ResponseHeaders::declare);
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
                    declare(entry.getValue());
                }
            }
        }
    }

    private static void declare(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey(RequestIds.HEADER)) {
            response.addHeader(RequestIds.HEADER, header("The id of this request, as in the log, the audit row and any problem+json", 64));
        }
        if (!response.getHeaders().containsKey(CORS_ORIGIN)) {
            response.addHeader(CORS_ORIGIN, header("The SPA's origin, when the request comes from it (CORS); absent for other callers", 2048));
        }
    }

    private static Header header(String description, int maxLength) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength));
    }
}
