package pl.synergia.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What the OpenAPI document promises about failures (ADR 0020), over every operation the code
 * declares: each is problem+json, every secured operation documents 401 and 403, every change
 * under If-Match 412 and 428, and every operation with a UUID in its path the 400 for a malformed
 * one.
 */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private JsonNode document;

    @BeforeEach
    void load() throws Exception {
        String json = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void everyFailureIsAProblem() {
        List<String> bare = new ArrayList<>();
        int failures = 0;
        for (Operation op : operations()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = op.node.path("responses").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> response = it.next();
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    failures++;
                    JsonNode declared = resolve(response.getValue());
                    JsonNode schema = declared.path("content").path("application/problem+json").path("schema");
                    if (!PROBLEM.equals(schema.path("$ref").asText()) || declared.path("content").size() != 1) {
                        bare.add(op + " " + response.getKey());
                    }
                }
            }
        }
        assertTrue(failures > 300, "the document lists the API's failures (" + failures + ")");
        assertEquals(List.of(), bare, "failure responses that are not (only) problem+json");
        assertTrue(document.path("components").path("schemas").has("Problem"));
    }

    /** A response, or the one of components/responses it refers to (e.g. the 429 every secured operation shares). */
    private JsonNode resolve(JsonNode response) {
        String ref = response.path("$ref").asText();
        String prefix = "#/components/responses/";
        return ref.startsWith(prefix) ? document.path("components").path("responses").path(ref.substring(prefix.length())) : response;
    }

    @Test
    void everySecuredOperationDocuments401And403() {
        List<String> missing = new ArrayList<>();
        int secured = 0;
        for (Operation op : operations()) {
            if (op.node.path("security").isEmpty()) {
                continue;
            }
            secured++;
            JsonNode responses = op.node.path("responses");
            if (!"No valid bearer token".equals(responses.path("401").path("description").asText()) || !responses.has("403")) {
                missing.add(op.toString());
            }
        }
        assertTrue(secured > 80, "secured operations: " + secured);
        assertEquals(List.of(), missing);
    }

    @Test
    void everyIdInAPathDocumentsTheMalformedId400() {
        List<String> missing = new ArrayList<>();
        int withIds = 0;
        for (Operation op : operations()) {
            List<String> ids = new ArrayList<>();
            for (JsonNode p : op.node.path("parameters")) {
                if ("path".equals(p.path("in").asText()) && p.path("schema").path("$ref").asText().endsWith("/UUID")) {
                    ids.add(p.path("name").asText());
                }
            }
            if (ids.isEmpty()) {
                continue;
            }
            withIds++;
            String description = op.node.path("responses").path("400").path("description").asText();
            if (!description.contains("not a UUID") || ids.stream().anyMatch(id -> !description.contains(id))) {
                missing.add(op + " " + ids + ": " + description);
            }
        }
        assertTrue(withIds > 60, "operations with ids in the path: " + withIds);
        assertEquals(List.of(), missing);
    }

    @Test
    void everyChangeUnderIfMatchDocuments412And428() {
        List<String> missing = new ArrayList<>();
        int locked = 0;
        for (Operation op : operations()) {
            boolean ifMatch = false;
            for (JsonNode p : op.node.path("parameters")) {
                ifMatch |= "header".equals(p.path("in").asText()) && "If-Match".equals(p.path("name").asText());
            }
            if (ifMatch) {
                locked++;
                if (!op.node.path("responses").has("412") || !op.node.path("responses").has("428")) {
                    missing.add(op.toString());
                }
            }
        }
        assertTrue(locked > 20, "operations taking If-Match: " + locked);
        assertEquals(List.of(), missing);
    }

    private record Operation(String method, String path, JsonNode node) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getValue().has("responses")) {
                    all.add(new Operation(op.getKey(), path.getKey(), op.getValue()));
                }
            }
        }
        return all;
    }
}
