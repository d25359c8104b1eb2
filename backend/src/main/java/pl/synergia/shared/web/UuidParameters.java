package pl.synergia.shared.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;

/**
 * Every {@link UUID} parameter of a resource (path, query, header): a malformed value is a bad
 * request (400 problem naming the parameter, code {@code not-a-uuid}), not a missing record. Left
 * to itself, Quarkus REST would parse with the lenient {@link UUID#fromString} (which accepts
 * {@code 1-2-3-4-5}) and answer a failure with 404, as JAX-RS prescribes for path and query
 * parameters; a {@link jakarta.ws.rs.WebApplicationException} thrown here is passed on as it is,
 * and {@code ProblemMappers} answers the problem it carries.
 */
@Provider
public class UuidParameters implements ParamConverterProvider {

    private static final Pattern UUID_TEXT = Pattern
            .compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    /** The UUID in {@code raw} in its canonical 8-4-4-4-12 hex form, or null if it is not one. */
    public static UUID parse(String raw) {
        return raw != null && UUID_TEXT.matcher(raw).matches() ? UUID.fromString(raw) : null;
    }

    /** The error of a malformed UUID parameter, as every 400 answer names it. */
    public static FieldError malformed(String parameter) {
        return new FieldError(parameter, "not-a-uuid", "must be a UUID");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = "id";
        boolean inPath = false;
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            String declared = null;
            if (a instanceof PathParam p) {
                declared = p.value();
                inPath = true;
            } else if (a instanceof QueryParam q) {
                declared = q.value();
            } else if (a instanceof HeaderParam h) {
                declared = h.value();
            } else if (a instanceof MatrixParam m) {
                declared = m.value();
            } else if (a instanceof CookieParam c) {
                declared = c.value();
            } else if (a instanceof FormParam f) {
                declared = f.value();
            }
            if (declared != null && !declared.isEmpty()) {
                name = declared;
            }
        }
        return (ParamConverter<T>) new Converter(name, !inPath);
    }

    /** {@code blankIsAbsent}: an empty query or header parameter is an absent one, as in {@link Params}; a path segment is not. */
    private record Converter(String parameter, boolean blankIsAbsent) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String value) {
            if (value == null || (blankIsAbsent && value.isBlank())) {
                return null;
            }
            UUID id = parse(value);
            if (id == null) {
                throw new BadRequestException(ProblemException.invalidParameters(List.of(malformed(parameter))));
            }
            return id;
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
