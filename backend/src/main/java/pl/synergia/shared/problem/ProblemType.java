package pl.synergia.shared.problem;

/** Problem type URIs of the API. Plain HTTP failures use about:blank, as RFC 9457 recommends. */
public final class ProblemType {
    public static final String BLANK = "about:blank";
    /** A query or path parameter, or a request body, has invalid values; {@code errors[]} lists them. */
    public static final String VALIDATION = "urn:synergia:problem:validation";
    /** The request body is not well-formed JSON or does not have the expected shape. */
    public static final String MALFORMED_BODY = "urn:synergia:problem:malformed-body";
    /** A change did not say which version it changes (If-Match missing). */
    public static final String PRECONDITION_REQUIRED = "urn:synergia:problem:precondition-required";
    /** A change was based on an old version: someone else changed the record meanwhile. */
    public static final String STALE_VERSION = "urn:synergia:problem:stale-version";
    /** The request is well-formed but breaks a rule of the domain; {@code errors[]} says which. */
    public static final String UNPROCESSABLE = "urn:synergia:problem:unprocessable";

    /** The record's current status does not allow this change (a closed plan, a finished step). */
    public static final String INVALID_TRANSITION = "urn:synergia:problem:invalid-transition";

    /** The person's identity was removed when their retention period passed; nothing new is recorded about them. */
    public static final String ANONYMISED = "urn:synergia:problem:anonymised";

    /** A third-party system's token lacks the scope the operation requires; {@code errors[0]} names it. */
    public static final String INSUFFICIENT_SCOPE = "urn:synergia:problem:insufficient-scope";

    /**
     * The person asked to restrict the processing of their data (GDPR art. 18) and the restriction is in
     * force: the record is read-only for everyone but the data-protection officer.
     */
    public static final String RESTRICTED = "urn:synergia:problem:restricted";

    private ProblemType() {
    }
}
