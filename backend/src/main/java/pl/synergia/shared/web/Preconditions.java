package pl.synergia.shared.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.synergia.shared.idempotency.IdempotencyStore;
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

    /** 200 with the body and its version as the ETag. */
    public static Response ok(Versioned body) {
        return ok(body, body.version());
    }

    /** 200 with the body and, as the ETag, the version of the record it changed (e.g. a part's parent). */
    public static Response ok(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, etag(version)).build();
    }

    /** 201 with the body and its version as the ETag. */
    public static Response created(Versioned body) {
        return created(null, body, body.version(), false);
    }

    /** 201 with the body and, as the ETag, the version of the record it was added to. */
    public static Response created(Object body, long version) {
        return created(null, body, version, false);
    }

    /** 201 naming the new record in Location, with the body and its version as the ETag. */
    public static Response created(URI location, Versioned body) {
        return created(location, body, body.version(), false);
    }

    /**
     * 201 with the body and its version as the ETag, for a create under an Idempotency-Key:
     * {@code replayed} (the record an earlier request with the same key created) is said in
     * {@value IdempotencyStore#REPLAYED_HEADER}.
     */
    public static Response created(Versioned body, boolean replayed) {
        return created(null, body, body.version(), replayed);
    }

    /** As {@link #created(Versioned, boolean)}, naming the record in Location. */
    public static Response created(URI location, Versioned body, boolean replayed) {
        return created(location, body, body.version(), replayed);
    }

    private static Response created(URI location, Object body, long version, boolean replayed) {
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED).entity(body)
                .header(HttpHeaders.ETAG, etag(version));
        if (location != null) {
            response.location(location);
        }
        if (replayed) {
            response.header(IdempotencyStore.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    /** The version the client last saw, from its If-Match header: missing → 428, not a strong ETag → 412. */
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
