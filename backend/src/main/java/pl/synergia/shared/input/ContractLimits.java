package pl.synergia.shared.input;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares in openapi.yaml the limits every input has (ADR 0041), where a field has not declared a
 * tighter one: the contract then says exactly what the API refuses.
 * <ul>
 * <li>every string of a request body (and the schemas it refers to): {@link InputLimits#TEXT_MAX}
 * characters; a UUID 36, a date 10, a date-time 35; a binary upload the body limit;</li>
 * <li>every array of a request body: {@link InputLimits#ITEMS_MAX} items;</li>
 * <li>every integer: {@code int32} unless it says {@code int64}, bounded by its format's range,
 * and the page of a list by {@link InputLimits#PAGE_MAX};</li>
 * <li>every query, path and declared header parameter: {@link InputLimits#PARAMETER_MAX}
 * characters; a repeated query parameter {@link InputLimits#PARAMETER_REPEATS_MAX} times.</li>
 * </ul>
 * Schemas only ever answered (never read) are left as they are: the server writes them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractLimits implements OASFilter {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        Deque<Schema> bodies = new ArrayDeque<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    for (Parameter parameter : operation.getParameters()) {
                        limitParameter(parameter);
                    }
                }
                if (operation.getRequestBody() != null) {
                    schemasOf(operation.getRequestBody().getContent(), bodies);
                }
            }
        }
        // every schema a request body refers to, however deep
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!bodies.isEmpty()) {
            Schema schema = bodies.pop();
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().startsWith(COMPONENTS) ? schema.getRef().substring(COMPONENTS.length()) : null;
                if (name != null && components.get(name) != null) {
                    bodies.push(components.get(name));
                }
                continue;
            }
            if (!NullableReferences.isNullableReference(schema)) { // its branches are limited
                limitBodyValue(schema);
            }
            children(schema, bodies);
        }
    }

    private static void schemasOf(Content content, Deque<Schema> into) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getSchema() != null) {
                into.push(media.getSchema());
            }
        }
    }

    private static void children(Schema schema, Deque<Schema> into) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(into::push);
        }
        if (schema.getItems() != null) {
            into.push(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            into.push(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> list : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(into::push);
            }
        }
    }

    private static void limitBodyValue(Schema schema) {
        if (is(schema, Schema.SchemaType.STRING)) {
            limitString(schema, InputLimits.TEXT_MAX);
        } else if (is(schema, Schema.SchemaType.INTEGER)) {
            limitInteger(schema, null);
        } else if (is(schema, Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(InputLimits.ITEMS_MAX);
        }
    }

    private static void limitParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (is(schema, Schema.SchemaType.ARRAY)) {
            if (schema.getMaxItems() == null) {
                schema.setMaxItems(InputLimits.PARAMETER_REPEATS_MAX);
            }
            schema = schema.getItems();
            if (schema == null || schema.getRef() != null) {
                return;
            }
        }
        if (is(schema, Schema.SchemaType.STRING)) {
            limitString(schema, InputLimits.PARAMETER_MAX);
        } else if (is(schema, Schema.SchemaType.INTEGER)) {
            limitInteger(schema, parameter.getIn() == Parameter.In.QUERY && "page".equals(parameter.getName())
                    ? InputLimits.PAGE_MAX : null);
        }
    }

    private static void limitString(Schema schema, int defaultMax) {
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty() || schema.getMaxLength() != null) {
            return;
        }
        String format = schema.getFormat();
        int max = "uuid".equals(format) ? InputLimits.UUID_LENGTH
                : "date".equals(format) ? InputLimits.DATE_LENGTH
                : "date-time".equals(format) ? InputLimits.DATE_TIME_MAX
                : "binary".equals(format) ? InputLimits.BODY_BYTES_MAX
                : defaultMax;
        schema.setMaxLength(max);
    }

    private static void limitInteger(Schema schema, Integer maximum) {
        boolean int64 = "int64".equals(schema.getFormat());
        if (schema.getFormat() == null) {
            schema.setFormat("int32");
        }
        if (schema.getMinimum() == null) {
            schema.setMinimum(BigDecimal.valueOf(int64 ? Long.MIN_VALUE : Integer.MIN_VALUE));
        }
        if (schema.getMaximum() == null) {
            schema.setMaximum(BigDecimal.valueOf(maximum != null ? maximum : int64 ? Long.MAX_VALUE : Integer.MAX_VALUE));
        }
    }

    private static boolean is(Schema schema, Schema.SchemaType type) {
        List<Schema.SchemaType> types = schema.getType();
        return types != null && types.contains(type);
    }

}
