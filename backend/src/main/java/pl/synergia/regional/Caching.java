package pl.synergia.regional;

import java.time.Instant;
import java.util.function.Supplier;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Caching of figures: they change only when a refresh writes them, so the ETag is the moment they
 * were computed (with what was asked, and for whom); a client that sends it back in If-None-Match
 * gets 304 without the body being built. Private: the figures depend on the caller's voivodeship.
 */
final class Caching {

    private Caching() {
    }

    static Response cached(Request request, Instant computedAt, String variant, int maxAgeSeconds, Supplier<Object> body) {
        return cached(request, computedAt, variant, maxAgeSeconds, true, body);
    }

    static Response cached(Request request, Instant computedAt, String variant, int maxAgeSeconds, boolean isPrivate,
            Supplier<Object> body) {
        EntityTag etag = new EntityTag(Long.toString(computedAt.toEpochMilli(), 36) + "-" + Integer.toHexString(variant.hashCode()));
        CacheControl cache = new CacheControl();
        cache.setPrivate(isPrivate);
        cache.setMaxAge(maxAgeSeconds);
        cache.setNoTransform(false);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(etag).build();
        }
        return Response.ok(body.get()).tag(etag).cacheControl(cache).header("Vary", "Accept, Authorization").build();
    }
}
