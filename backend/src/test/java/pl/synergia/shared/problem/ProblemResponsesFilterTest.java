package pl.synergia.shared.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** The OpenAPI filter on hand-made operations, without building the application. */
class ProblemResponsesFilterTest {

    private final ProblemResponses filter = new ProblemResponses();

    @Test
    void aSecuredOperationGets401First403AndProblemBodies() {
        Operation op = operation(false)
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("The thing"))
                        .addAPIResponse("404", OASFactory.createAPIResponse().description("No thing has this id"))
                        // what Quarkus adds on its own when nothing declares 401
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized")))
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("keycloak", List.of("staff"))));
        run(op);
        assertEquals(List.of("401", "403", "200", "404", "503"), List.copyOf(op.getResponses().getAPIResponses().keySet()));
        assertEquals(ProblemResponses.UNAVAILABLE, response(op, "503").getDescription());
        assertNotNull(response(op, "503").getHeaders().get("Retry-After"));
        assertEquals(ProblemResponses.UNAUTHORIZED, response(op, "401").getDescription());
        assertEquals(ProblemResponses.FORBIDDEN, response(op, "403").getDescription());
        for (String status : List.of("401", "403", "404")) {
            assertEquals("#/components/schemas/Problem",
                    response(op, status).getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef(), status);
        }
        assertNull(response(op, "200").getContent());
    }

    @Test
    void aWorded403StaysAndAPublicOperationGetsNeither() {
        Operation secured = operation(false).responses(OASFactory.createAPIResponses()
                .addAPIResponse("403", OASFactory.createAPIResponse().description("Only administrators import")))
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("keycloak", List.of("admin"))));
        Operation open = operation(false).responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("One page")));
        run(secured);
        run(open);
        assertEquals("Only administrators import", response(secured, "403").getDescription());
        assertEquals(List.of("200", "503"), List.copyOf(open.getResponses().getAPIResponses().keySet()));
    }

    @Test
    void idsAndJsonBodiesGetTheirMalformedRequest400() {
        Operation get = operation(false, uuid("id", Parameter.In.PATH), uuid("stepId", Parameter.In.PATH));
        Operation put = operation(true, uuid("id", Parameter.In.PATH));
        Operation create = operation(true);
        Operation filter = operation(false, uuid("organization_id", Parameter.In.QUERY));
        Operation header = operation(false, uuid("X-Plan", Parameter.In.HEADER));
        for (Operation op : List.of(get, put, create, filter, header)) {
            run(op);
        }
        assertEquals("The id or stepId is not a UUID", response(get, "400").getDescription());
        assertEquals("Malformed JSON, or the id is not a UUID", response(put, "400").getDescription());
        assertEquals("Malformed JSON", response(create, "400").getDescription());
        assertEquals("The organization_id is not a UUID", response(filter, "400").getDescription());
        assertEquals("The X-Plan is not a UUID", response(header, "400").getDescription());
        assertEquals("#/components/schemas/Problem",
                response(put, "400").getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef());
    }

    @Test
    void aDeclared400IsTheOperationsOwn() {
        Operation op = operation(false, uuid("id", Parameter.In.PATH));
        op.getResponses().addAPIResponse("400", OASFactory.createAPIResponse()
                .description("The id is not a UUID, or version is not a version number"));
        run(op);
        assertEquals("The id is not a UUID, or version is not a version number", response(op, "400").getDescription());
        assertEquals(Problem.MEDIA_TYPE, response(op, "400").getContent().getMediaTypes().keySet().iterator().next());
    }

    @Test
    void anOperationTakingIfMatchAnswers412And428InTheirPlace() {
        Operation op = operation(true, uuid("id", Parameter.In.PATH),
                OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER));
        op.getResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("Changed"))
                .addAPIResponse("409", OASFactory.createAPIResponse().description("Closed"))
                .addAPIResponse("422", OASFactory.createAPIResponse().description("Invalid values"));
        Operation worded = operation(false, OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER));
        worded.getResponses().addAPIResponse("412", OASFactory.createAPIResponse().description("Someone else changed it"));
        run(op);
        run(worded);
        assertEquals(List.of("200", "409", "412", "422", "428", "400", "503"), List.copyOf(op.getResponses().getAPIResponses().keySet()));
        assertEquals(ProblemResponses.STALE, response(op, "412").getDescription());
        assertEquals(ProblemResponses.IF_MATCH_MISSING, response(op, "428").getDescription());
        assertEquals("Someone else changed it", response(worded, "412").getDescription());
        assertEquals(List.of("412", "428", "503"), List.copyOf(worded.getResponses().getAPIResponses().keySet()));
    }

    private void run(Operation op) {
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/x/" + System.identityHashCode(op), OASFactory.createPathItem().GET(op)));
        filter.filterOpenAPI(api);
    }

    private static Operation operation(boolean jsonBody, Parameter... parameters) {
        Operation op = OASFactory.createOperation().responses(OASFactory.createAPIResponses());
        if (parameters.length > 0) {
            op.parameters(List.of(parameters));
        }
        if (jsonBody) {
            op.requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                    .addMediaType("application/json", OASFactory.createMediaType())));
        }
        return op;
    }

    private static Parameter uuid(String name, Parameter.In in) {
        return OASFactory.createParameter().name(name).in(in)
                .schema(OASFactory.createSchema().ref("#/components/schemas/UUID"));
    }

    private static APIResponse response(Operation op, String status) {
        return op.getResponses().getAPIResponse(status);
    }
}
