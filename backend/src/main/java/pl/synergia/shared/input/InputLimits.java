package pl.synergia.shared.input;

/**
 * The limits every input has unless its field declares a tighter one (ADR 0041): enforced where the
 * input is read ({@link GuardedStringDeserializer}, {@link BoundedCollections}, the request guard,
 * {@code PageParams}) and declared in openapi.yaml by {@link ContractLimits}, so the contract says
 * exactly what the API refuses.
 */
public final class InputLimits {

    /** Characters in any JSON string without its own {@code @Size}: long enough for a whole agreement text. */
    public static final int TEXT_MAX = 100_000;

    /** Items in any JSON array without its own {@code @Size}. */
    public static final int ITEMS_MAX = 1_000;

    /** Characters in one query or path parameter, or a declared header, after percent-decoding (search words included). */
    public static final int PARAMETER_MAX = 200;

    /** Times one query parameter may be repeated (a list of values such as {@code type=CIS&type=KIS}). */
    public static final int PARAMETER_REPEATS_MAX = 100;

    /** The last page number a list accepts (pages are counted from 0). */
    public static final int PAGE_MAX = 100_000;

    /** Bytes in a request body (quarkus.http.limits.max-body-size; 413 above it). */
    public static final int BODY_BYTES_MAX = 12 * 1024 * 1024;

    /** The longest text form of a UUID, a date and a date-time with offset and nanoseconds. */
    public static final int UUID_LENGTH = 36;
    public static final int DATE_LENGTH = 10;
    public static final int DATE_TIME_MAX = 35;

    private InputLimits() {
    }
}
