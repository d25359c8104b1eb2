package pl.synergia.shared.input;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/** Every JSON string the API reads, checked by {@link TextRules#firstForbiddenInText}. */
final class GuardedStringDeserializer extends StdScalarDeserializer<String> {

    private static final long serialVersionUID = 1L;

    GuardedStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = StringDeserializer.instance.deserialize(p, ctxt);
        int bad = TextRules.firstForbiddenInText(value);
        if (bad != TextRules.ALLOWED) {
            throw new InvalidJsonValueException(p, String.class, InvalidJsonValueException.CONTROL_CHARACTER,
                    "must not contain the control character " + TextRules.describe(value, bad)
                            + " (only tab, line feed and carriage return are allowed in text)");
        }
        return value;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
