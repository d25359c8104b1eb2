package pl.synergia.shared.input;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

/**
 * A date is a {@code YYYY-MM-DD} string within {@link DateBounds}: a number (epoch days), an array
 * or an object is refused, and so is a year like 0000 or +999999999. Parsing itself is Jackson's
 * (strict ISO, no leniency).
 */
final class BoundedDateDeserializer extends StdScalarDeserializer<LocalDate> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<?> delegate;

    BoundedDateDeserializer() {
        this(LocalDateDeserializer.INSTANCE);
    }

    private BoundedDateDeserializer(JsonDeserializer<?> delegate) {
        super(LocalDate.class);
        this.delegate = delegate;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
        JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer c ? c.createContextual(ctxt, property) : delegate;
        return contextual == delegate ? this : new BoundedDateDeserializer(contextual);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw new InvalidJsonValueException(p, LocalDate.class, InvalidJsonValueException.NOT_A_DATE,
                    "must be a date in the form YYYY-MM-DD");
        }
        LocalDate date = (LocalDate) delegate.deserialize(p, ctxt);
        if (date != null && !DateBounds.contains(date)) {
            throw new InvalidJsonValueException(p, LocalDate.class, InvalidJsonValueException.OUT_OF_RANGE, DateBounds.message());
        }
        return date;
    }
}
