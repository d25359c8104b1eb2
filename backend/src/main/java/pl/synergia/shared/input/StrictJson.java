package pl.synergia.shared.input;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The one ObjectMapper of the application (the REST layer reads every body with it, records
 * included) reads JSON strictly:
 * <ul>
 * <li>a key twice in one object is malformed (otherwise the last wins silently, or, for a record,
 * Jackson fails with a definition error that Quarkus answers as an empty 500);</li>
 * <li>no scalar coercion: a number is not a boolean ({@code "dryRun":0}), not a date, not a string,
 * and not an integer when it has a fraction; a string is not a number or a boolean; an enum is
 * named, never numbered; {@code null} is not a primitive;</li>
 * <li>every string is checked for control characters, every date for {@link DateBounds};</li>
 * <li>nothing may follow the document.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.setDefaultLeniency(Boolean.FALSE);
        fail(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String);
        fail(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        SimpleModule module = new SimpleModule("synergia-strict-input");
        module.addDeserializer(String.class, new GuardedStringDeserializer());
        module.addDeserializer(LocalDate.class, new BoundedDateDeserializer());
        mapper.registerModule(module);
    }

    /** Runs after Quarkus's own customizers (which register the java.time module we override for LocalDate). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    private static void fail(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
