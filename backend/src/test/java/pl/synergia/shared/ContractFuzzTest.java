package pl.synergia.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import pl.synergia.directory.Institution;
import pl.synergia.shared.input.InputLimits;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Driven by the committed contract (../openapi.yaml): every operation is called with the bad values
 * of issue #13 in each of its parameters and body fields, by a caller holding every staff role, and
 * every answer must be (1) not a 5xx, (2) a status the operation documents, (3) a body matching
 * the schema documented for that status (problem+json for every failure). The counts are written
 * to target/contract-fuzz.txt.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final Path SPEC = Path.of("..", "openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NUL = "a\u0000b";
    /** Values are percent-encoded here (a NUL as %00) and sent as they are (RequestGuardTest covers broken escapes). */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));

    @Inject
    TestData data;

    private JsonNode spec;
    private final Map<String, JsonSchema> schemas = new LinkedHashMap<>();
    private final List<String> findings = new ArrayList<>();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int requests;

    @Test
    void noOperationAnswers5xxAnUndocumentedStatusOrABodyOffItsSchema() throws IOException {
        spec = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
        Institution institution = data.institution().create();
        String token = Tokens.user("fuzz-" + institution.id)
                .roles("staff", "coordinator", "admin", "dpo", "regional-analyst")
                .institution(institution.id).sign();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                fuzz(token, op.getKey().toUpperCase(), path.getKey(), op.getValue());
            }
        }
        StringBuilder report = new StringBuilder();
        report.append("operations: ").append(operations).append('\n')
                .append("requests (operation x bad value): ").append(requests).append('\n')
                .append("statuses: ").append(statuses).append('\n')
                .append("findings: ").append(findings.size()).append('\n');
        findings.forEach(f -> report.append("  ").append(f).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "contract-fuzz.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        assertTrue(operations > 50, "the contract lists the operations");
        assertTrue(findings.isEmpty(), findings.size() + " findings (target/contract-fuzz.txt):\n"
                + String.join("\n", findings.subList(0, Math.min(40, findings.size()))));
    }

    // ---------------------------------------------------------------------------------------------

    private record Param(String name, String in, JsonNode schema, boolean required) {
    }

    private void fuzz(String token, String method, String template, JsonNode operation) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            JsonNode resolved = resolve(p);
            params.add(new Param(resolved.path("name").asText(), resolved.path("in").asText(),
                    resolve(resolved.path("schema")), resolved.path("required").asBoolean(false)));
        }
        JsonNode jsonBody = resolve(operation.path("requestBody")).path("content").path("application/json").path("schema");
        boolean hasJsonBody = !jsonBody.isMissingNode();
        String okBody = hasJsonBody ? "{}" : null;

        // path and query parameters, one at a time, each bad value
        for (Param param : params) {
            if (!param.in().equals("query") && !param.in().equals("path")) {
                continue;
            }
            for (String bad : badParameterValues(param.schema())) {
                Map<String, String> pathValues = pathValues(params);
                Map<String, String> query = new LinkedHashMap<>();
                if (param.in().equals("path")) {
                    pathValues.put(param.name(), bad);
                } else {
                    query.put(param.name(), bad);
                }
                call(token, method, template, operation, pathValues, query, okBody, "application/json",
                        param.in() + " " + param.name() + "=" + printable(bad));
            }
        }
        if (!hasJsonBody) {
            return;
        }
        Map<String, String> pathValues = pathValues(params);
        // the body as a whole
        for (String bad : List.of("{", "{\"a\":1,\"a\":2}", "[]", "null", "\"text\"", "{\"x\":\"" + NUL + "\"}")) {
            call(token, method, template, operation, pathValues, Map.of(), bad, "application/json", "body " + printable(bad));
        }
        call(token, method, template, operation, pathValues, Map.of(), "{}", "text/plain", "body as text/plain");
        // each field of the body, each bad value
        JsonNode schema = resolveAll(jsonBody);
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            for (JsonNode bad : badBodyValues(resolveAll(field.getValue()))) {
                ObjectNode body = NODES.objectNode();
                body.set(field.getKey(), bad);
                call(token, method, template, operation, pathValues, Map.of(), body.toString(), "application/json",
                        "body." + field.getKey() + "=" + printable(abbreviate(bad.toString())));
            }
        }
    }

    private Map<String, String> pathValues(List<Param> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Param p : params) {
            if (p.in().equals("path")) {
                values.put(p.name(), goodValue(p.schema()));
            }
        }
        return values;
    }

    private static String goodValue(JsonNode schema) {
        if ("uuid".equals(schema.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        return switch (type(schema)) {
            case "integer", "number" -> "1";
            default -> "1465011";
        };
    }

    private static List<String> badParameterValues(JsonNode schema) {
        List<String> values = new ArrayList<>(List.of(NUL, "x".repeat(InputLimits.PARAMETER_MAX + 1), "-1",
                "99999999999999999999", "1.5", "+999999999-12-31", "not-a-valid-value", " "));
        int max = schema.path("maxLength").asInt(0);
        if (max > 0 && max < InputLimits.PARAMETER_MAX) {
            values.add("x".repeat(max + 1));
        }
        return values;
    }

    private static List<JsonNode> badBodyValues(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>();
        values.add(NODES.textNode(NUL));
        values.add(NODES.numberNode(1.5));
        values.add(NODES.booleanNode(true));
        values.add(NODES.numberNode(-99999999999L));
        values.add(NODES.textNode("+999999999-12-31"));
        values.add(NODES.textNode("0000-01-01"));
        values.add(NODES.objectNode().put("x", 1));
        values.add(NODES.arrayNode().add(NUL));
        switch (type(schema)) {
            case "string" -> {
                int max = schema.path("maxLength").asInt(InputLimits.TEXT_MAX);
                values.add(NODES.textNode("x".repeat(Math.min(max, InputLimits.TEXT_MAX) + 1)));
                values.add(NODES.numberNode(12345));
            }
            case "array" -> {
                int max = schema.path("maxItems").asInt(InputLimits.ITEMS_MAX);
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i <= Math.min(max, InputLimits.ITEMS_MAX); i++) {
                    many.add("x");
                }
                values.add(many);
            }
            case "integer" -> {
                values.add(NODES.textNode("1"));
                values.add(NODES.numberNode(Long.MAX_VALUE));
            }
            case "boolean" -> values.add(NODES.numberNode(0));
            default -> {
            }
        }
        return values;
    }

    private void call(String token, String method, String template, JsonNode operation, Map<String, String> pathValues,
            Map<String, String> query, String body, String contentType, String what) {
        String path = template;
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", encodePath(e.getValue()));
        }
        StringBuilder url = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(encodeQuery(e.getValue()));
            sep = '&';
        }
        RequestSpecification request = given().config(RAW).urlEncodingEnabled(false).auth().oauth2(token);
        if (!method.equals("GET")) {
            // a write's precondition (a stale version: 412, documented where If-Match is taken)
            request = request.header("If-Match", "\"0\"");
        }
        if (body != null) {
            request = request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        }
        Response response = request.request(method, url.toString());
        requests++;
        int status = response.statusCode();
        statuses.merge(String.valueOf(status), 1, Integer::sum);
        String where = method + " " + template + " [" + what + "] -> " + status;
        if (status >= 500) {
            findings.add(where + " (5xx)");
            return;
        }
        JsonNode documented = operation.path("responses").path(String.valueOf(status));
        if (documented.isMissingNode()) {
            documented = operation.path("responses").path("default");
        }
        if (documented.isMissingNode()) {
            findings.add(where + " (status not documented)");
            return;
        }
        documented = resolve(documented);
        String type = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
        if (status >= 400 && !type.equals("application/problem+json")) {
            findings.add(where + " (a failure as " + type + ", not problem+json)");
            return;
        }
        JsonNode mediaSchema = documented.path("content").path(type).path("schema");
        if (mediaSchema.isMissingNode() || !(type.endsWith("json"))) {
            return;
        }
        JsonNode actual;
        try {
            actual = JSON.readTree(response.asByteArray());
        } catch (IOException e) {
            findings.add(where + " (not JSON: " + e.getMessage() + ")");
            return;
        }
        for (ValidationMessage message : schemaFor(mediaSchema).validate(actual)) {
            findings.add(where + " (body off its schema: " + message.getMessage() + ")");
            return;
        }
    }

    /** The response schema as a JSON Schema 2020-12 document whose refs resolve inside the contract. */
    private JsonSchema schemaFor(JsonNode schema) {
        return schemas.computeIfAbsent(schema.toString(), key -> {
            ObjectNode root = NODES.objectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", spec.get("components"));
            root.set("allOf", NODES.arrayNode().add(schema));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
        });
    }

    private JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && hops++ < 10) {
            node = spec.at(node.get("$ref").asText().substring(1));
        }
        return node == null ? NODES.missingNode() : node;
    }

    /** Follows $ref and merges allOf, enough to list an object's properties. */
    private JsonNode resolveAll(JsonNode node) {
        JsonNode resolved = resolve(node);
        if (!resolved.has("allOf")) {
            return resolved;
        }
        ObjectNode merged = resolved.deepCopy();
        ObjectNode properties = NODES.objectNode();
        for (JsonNode part : resolved.get("allOf")) {
            JsonNode p = resolveAll(part);
            if (p.has("properties")) {
                properties.setAll((ObjectNode) p.get("properties"));
            }
            if (p.has("type") && !merged.has("type")) {
                merged.set("type", p.get("type"));
            }
        }
        if (resolved.has("properties")) {
            properties.setAll((ObjectNode) resolved.get("properties"));
        }
        merged.set("properties", properties);
        return merged;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText("");
    }

    private static String encodePath(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodeQuery(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }

    private static String printable(String value) {
        return abbreviate(value).replace("\u0000", "\\u0000");
    }
}
