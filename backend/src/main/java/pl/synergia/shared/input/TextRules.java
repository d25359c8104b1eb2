package pl.synergia.shared.input;

/**
 * Which characters a value the API reads may carry. PostgreSQL cannot store NUL ("invalid byte
 * sequence 0x00"), and no other C0 control character belongs in a name, a note or a parameter;
 * JSON text may keep tab, line feed and carriage return (multi-line notes). An unpaired UTF-16
 * surrogate is not a character at all. Pure functions: the JSON deserializer and the request guard
 * both use them.
 */
public final class TextRules {

    /** Returned when every character is allowed. */
    public static final int ALLOWED = -1;

    private TextRules() {
    }

    /** Index of the first character a JSON string may not carry (C0 except tab, LF, CR; unpaired surrogates), or {@link #ALLOWED}. */
    public static int firstForbiddenInText(CharSequence value) {
        return firstForbidden(value, true, false);
    }

    /** Index of the first character a path segment or query parameter may not carry (every C0, DEL, unpaired surrogates), or {@link #ALLOWED}. */
    public static int firstForbiddenInParameter(CharSequence value) {
        return firstForbidden(value, false, false);
    }

    /** Index of the first character a header value may not carry (RFC 9110: C0 except horizontal tab, and DEL), or {@link #ALLOWED}. */
    public static int firstForbiddenInHeader(CharSequence value) {
        return firstForbidden(value, false, true);
    }

    /** The character at {@code index} as a code point name, e.g. {@code U+0000}, for messages that must not echo it. */
    public static String describe(CharSequence value, int index) {
        return String.format("U+%04X", (int) value.charAt(index));
    }

    private static int firstForbidden(CharSequence value, boolean multiLine, boolean header) {
        if (value == null) {
            return ALLOWED;
        }
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20) {
                boolean allowed = c == '\t' ? (multiLine || header) : (multiLine && (c == '\n' || c == '\r'));
                if (!allowed) {
                    return i;
                }
            } else if (c == 0x7F) {
                if (!multiLine) {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return ALLOWED;
    }
}
