package pl.synergia.shared.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the API refuses while reading the body: a control character in a string, a date
 * outside {@link DateBounds}, a date that is not a string. Carries a machine-readable code; Jackson
 * adds the JSON path as the exception passes through the enclosing objects.
 */
public class InvalidJsonValueException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    /** {@code control-character}: a string carries a character it may not (400). */
    public static final String CONTROL_CHARACTER = "control-character";
    /** {@code out-of-range}: a well-formed value outside what the field accepts (422). */
    public static final String OUT_OF_RANGE = "out-of-range";
    /** {@code not-a-date}: a date given as anything but a YYYY-MM-DD string (400). */
    public static final String NOT_A_DATE = "not-a-date";

    private final String code;
    private final String reason;

    public InvalidJsonValueException(JsonParser parser, Class<?> targetType, String code, String reason) {
        super(parser, reason, targetType);
        this.code = code;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    /** What is wrong, in words that never echo the value. */
    public String reason() {
        return reason;
    }

    /** A value outside the accepted range is understood but cannot be processed (422); the rest is malformed (400). */
    public boolean semantic() {
        return OUT_OF_RANGE.equals(code);
    }
}
