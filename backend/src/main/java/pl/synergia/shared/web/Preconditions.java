package pl.synergia.shared.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;

/**
 * Optimistic locking over HTTP: a read answers the record's version as a strong ETag
 * ({@code "7"}); a change must send it back in If-Match. Missing → 428, stale → 412; nothing is
 * overwritten.
 */
public final class Preconditions {

    private static final Pattern STRONG_ETAG = Pattern.compile("^\\s*\"([0-9]{1,18})\"\\s*$");

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version the client last saw, from its If-Match header. */
    /** 200 with the body and its version as the ETag. */
    public static Response ok(Versioned body) {
        return Response.ok(body).header(HttpHeaders.ETAG, etag(body.version())).build();
    }

    /** 201 with the body and its version as the ETag. */
    public static Response created(Versioned body) {
        return Response.status(Response.Status.CREATED).entity(body).header(HttpHeaders.ETAG, etag(body.version())).build();
    }

    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, ProblemType.PRECONDITION_REQUIRED, "Precondition Required",
                    "Send the If-Match header with the ETag of the version you are changing.", List.of());
        }
        Matcher m = STRONG_ETAG.matcher(ifMatch);
        if (!m.matches()) {
            throw stale(-1);
        }
        return Long.parseLong(m.group(1));
    }

    public static void requireCurrent(long expected, long current) {
        if (expected != current) {
            throw stale(current);
        }
    }

    private static ProblemException stale(long current) {
        return new ProblemException(412, ProblemType.STALE_VERSION, "Precondition Failed",
                current < 0 ? "If-Match must be the ETag of the version you loaded, e.g. \"3\"."
                        : "Someone else changed this record since you loaded it (current version " + current
                                + "). Reload it and apply your change again; nothing was saved.",
                List.of());
    }
}
