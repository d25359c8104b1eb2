package pl.synergia.shared.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import pl.synergia.shared.problem.FieldError;

/**
 * Names what is wrong in a JSON body Jackson could not read: the field as a JSON path
 * ({@code goals[1].description}, as Bean Validation errors name it) and a code a client can word.
 * Jackson's own messages are never passed on: they echo the value and name Java types.
 */
public final class JsonInputErrors {

    public static final String DUPLICATE_KEY = "duplicate-key";

    private JsonInputErrors() {
    }

    /** The field error for {@code e}, when Jackson says which field it was reading. */
    public static Optional<FieldError> of(JsonProcessingException e) {
        if (e instanceof InvalidJsonValueException invalid) {
            return Optional.of(new FieldError(path(invalid), invalid.code(), invalid.reason()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
            return Optional.of(describe(path(mapping), target, e));
        }
        if (e.getProcessor() instanceof JsonParser parser) {
            String field = path(parser.getParsingContext());
            if (field.isEmpty()) {
                return Optional.empty();
            }
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                return Optional.of(new FieldError(field, DUPLICATE_KEY, "appears more than once in the same object"));
            }
            if (e instanceof InputCoercionException) {
                return Optional.of(new FieldError(field, "out-of-range", "is a number too large for this field"));
            }
        }
        return Optional.empty();
    }

    private static FieldError describe(String field, Class<?> target, JsonProcessingException e) {
        if (target == null) {
            return new FieldError(field, "malformed", "does not have the expected shape");
        }
        if (target == Boolean.class || target == boolean.class) {
            return new FieldError(field, "not-a-boolean", "must be true or false");
        }
        if (target == LocalDate.class) {
            return new FieldError(field, "not-a-date", "must be a date in the form YYYY-MM-DD");
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class || target == BigInteger.class) {
            return new FieldError(field, "not-an-integer", "must be a whole number");
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class || target == BigDecimal.class) {
            return new FieldError(field, "not-a-number", "must be a number");
        }
        if (target == UUID.class) {
            return new FieldError(field, "not-a-uuid", "must be a UUID");
        }
        if (target.isEnum()) {
            return new FieldError(field, "unknown-value", "must be one of " + Arrays.stream(target.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
        }
        if (target == String.class) {
            return new FieldError(field, "not-a-string", "must be a string");
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return new FieldError(field, "not-a-list", "must be a list");
        }
        return new FieldError(field, "malformed", "does not have the expected shape");
    }

    /** {@code goals[1].description} from Jackson's path references. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The same from the parser's position (for errors found while parsing, before mapping). */
    static String path(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            }
        }
        return path.toString();
    }
}
