package pl.synergia.directory.hsds;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The Open Referral HSDS JSON schemas vendored in src/test/resources/hsds (see SOURCES.md there),
 * loaded as JSON Schema 2020-12 (the dialect the HSDS OpenAPI document declares) with format
 * assertions on (uuid, uri, email, date-time are checked). HSDS's own annotations (name, core,
 * constraints, datapackage_metadata, ...) are declared as non-validating keywords.
 */
final class HsdsSchemas {

    private static final String BASE = "classpath:hsds/";
    private static final String SERVICE = BASE + "compiled/service_with_definitions.json";

    static final HsdsSchemas INSTANCE = new HsdsSchemas();

    private static final ObjectMapper JSON = new ObjectMapper();

    final JsonSchema service;
    final JsonSchema organization;
    final JsonSchema organizationListItem;
    final JsonSchema serviceListItem;
    final JsonSchema taxonomy;
    final JsonSchema taxonomyTerm;
    final JsonSchema page;
    final JsonSchema apiInfo;

    private HsdsSchemas() {
        JsonMetaSchema dialect = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(List.of("name", "path", "core", "example", "constraints", "datapackage_metadata",
                        "datapackage_type", "tabular_required", "definitions",
                        // top-level members of openapi.json, whose Page and root schemas are used by pointer
                        "openapi", "info", "jsonSchemaDialect", "tags", "paths", "components").stream()
                        .map(NonValidationKeyword::new).toList())
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri()));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        service = load(factory, config, SERVICE);
        organization = load(factory, config, SERVICE + "#/definitions/organization");
        taxonomy = load(factory, config, SERVICE + "#/definitions/taxonomy");
        taxonomyTerm = load(factory, config, SERVICE + "#/definitions/taxonomy_term");
        organizationListItem = load(factory, config, BASE + "compiled/organization_list.json");
        serviceListItem = load(factory, config, BASE + "compiled/service_list.json");
        page = load(factory, config, BASE + "openapi.json#/components/schemas/Page");
        apiInfo = load(factory, config, BASE + "openapi.json#/paths/~1/get/responses/200/content/application~1json/schema");
    }

    private static JsonSchema load(JsonSchemaFactory factory, SchemaValidatorsConfig config, String location) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(location), config);
        schema.initializeValidators();
        return schema;
    }

    /** Every violation of {@code schema} by {@code json}, as readable lines; empty when valid. */
    static List<String> errors(JsonSchema schema, String json) {
        try {
            return errors(schema, JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    static List<String> errors(JsonSchema schema, JsonNode node) {
        Set<ValidationMessage> messages = schema.validate(node);
        return messages.stream().map(m -> m.getInstanceLocation() + ": " + m.getMessage()).sorted()
                .collect(Collectors.toList());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
