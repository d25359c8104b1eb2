package pl.synergia.shared.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import pl.synergia.shared.input.InputLimits;
import pl.synergia.shared.input.TextRules;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.request.RequestIds;

/**
 * The first look at every request, before routing and before the body is read:
 * <ul>
 * <li>gives it a request id ({@link RequestIds});</li>
 * <li>answers 414, 431 and 413 as problem+json when the request target, the headers or the
 * announced body are too large (the HTTP codec's own limits sit far above these, see
 * application.properties, so these answers, not its empty ones, are what a client sees); a body
 * sent in chunks without Content-Length is refused with 411, since its size is only known once it
 * has been read;</li>
 * <li>answers 400 problem+json when the path, a query parameter or a header carries a control
 * character (NUL and the rest of C0, DEL), or the path or query is not valid percent-encoded UTF-8.
 * Such a value never reaches a resource or the database.</li>
 * </ul>
 * Runs just before Quarkus's own body-size check (route order -2) and after CORS, so a browser can
 * read these answers.
 */
public class RequestGuard {

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);

    static final int ORDER = -3;

    @ConfigProperty(name = "synergia.http.max-request-target-length", defaultValue = "8192")
    int maxTargetLength;

    @ConfigProperty(name = "synergia.http.max-header-bytes", defaultValue = "32768")
    int maxHeaderBytes;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    /** The headers the API declares as parameters (lower case): each at most {@link InputLimits#PARAMETER_MAX} characters. */
    static final Set<String> LIMITED_HEADERS = Set.of("if-match", "idempotency-key", "accept-language");

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, requestId);
        HttpServerResponse response = ctx.response();
        response.putHeader(RequestIds.HEADER, requestId);

        String uri = request.uri();
        if (uri != null && uri.length() > maxTargetLength) {
            refuse(ctx, 414, "The address is longer than " + maxTargetLength + " characters; send fewer or shorter parameters.",
                    null, List.of(), requestId);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(ctx, 431, "The request headers are larger than " + maxHeaderBytes / 1024 + " KiB together.",
                    request.path(), List.of(), requestId);
            return;
        }
        String contentLength = request.getHeader("Content-Length");
        if (contentLength == null && request.getHeader("Transfer-Encoding") != null) {
            // a chunked body could only be measured while it is read, after the answer is chosen: ask for its size
            refuse(ctx, 411, "Send the request body with a Content-Length header (chunked transfer is not accepted).",
                    request.path(), List.of(), requestId);
            return;
        }
        if (contentLength != null && tooLarge(contentLength)) {
            refuse(ctx, 413, "The request body is larger than " + maxBodySize.asLongValue() / (1024 * 1024) + " MiB.",
                    request.path(), List.of(), requestId);
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        checkPath(request.path(), errors);
        checkQuery(request.query(), errors);
        for (Map.Entry<String, String> header : request.headers()) {
            int bad = TextRules.firstForbiddenInHeader(header.getValue());
            if (bad != TextRules.ALLOWED) {
                errors.add(new FieldError(header.getKey(), "control-character",
                        "header value contains the control character " + TextRules.describe(header.getValue(), bad)));
            } else if (LIMITED_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))
                    && header.getValue().length() > InputLimits.PARAMETER_MAX) {
                errors.add(new FieldError(header.getKey(), "too-long", "must be at most " + InputLimits.PARAMETER_MAX + " characters long"));
            }
        }
        if (!errors.isEmpty()) {
            refuse(ctx, 400, "The address or a header carries characters that are not allowed, or a value that is too long; see errors.",
                    null, errors, requestId);
            return;
        }
        ctx.next();
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false; // the HTTP codec refuses a malformed Content-Length itself
        }
    }

    /** Answers and closes the connection: a body the request may still be sending is never read. */
    private static void refuse(RoutingContext ctx, int status, String detail, String instance, List<FieldError> errors,
            String requestId) {
        // the request id is in the MDC: the operator finds this line from the problem+json the client got
        LOG.infof("Refused before routing: %d %s %s", status, ctx.request().method(),
                errors.isEmpty() ? "" : errors.stream().map(e -> e.field() + " " + e.code()).toList());
        HttpServerResponse response = ctx.response();
        response.putHeader("Connection", "close");
        response.endHandler(ended -> ctx.request().connection().close());
        ProblemWriter.write(response, status, detail, instance, errors, requestId);
    }

    static void checkPath(String rawPath, List<FieldError> errors) {
        if (rawPath == null) {
            return;
        }
        String decoded = decode(rawPath, false);
        if (decoded == null) {
            errors.add(new FieldError("path", "malformed-encoding", "is not valid percent-encoded UTF-8"));
            return;
        }
        int bad = TextRules.firstForbiddenInParameter(decoded);
        if (bad != TextRules.ALLOWED) {
            errors.add(new FieldError("path", "control-character",
                    "contains the control character " + TextRules.describe(decoded, bad)));
            return;
        }
        for (String segment : decoded.split("/")) {
            if (segment.length() > InputLimits.PARAMETER_MAX) {
                errors.add(new FieldError("path", "too-long",
                        "has a segment longer than " + InputLimits.PARAMETER_MAX + " characters"));
                return;
            }
        }
    }

    static void checkQuery(String rawQuery, List<FieldError> errors) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        Map<String, Integer> repeats = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String name = decode(rawName, true);
            String value = decode(rawValue, true);
            boolean nameClean = name != null && TextRules.firstForbiddenInParameter(name) == TextRules.ALLOWED;
            String field = nameClean ? name : "query";
            if (name == null || value == null) {
                errors.add(new FieldError(field, "malformed-encoding", "is not valid percent-encoded UTF-8"));
                continue;
            }
            String checked = nameClean ? value : name;
            int bad = TextRules.firstForbiddenInParameter(checked);
            if (bad != TextRules.ALLOWED) {
                errors.add(new FieldError(field, "control-character",
                        "contains the control character " + TextRules.describe(checked, bad)));
            } else if (value.length() > InputLimits.PARAMETER_MAX) {
                errors.add(new FieldError(field, "too-long", "must be at most " + InputLimits.PARAMETER_MAX + " characters long"));
            }
            if (repeats.merge(field, 1, Integer::sum) == InputLimits.PARAMETER_REPEATS_MAX + 1) {
                errors.add(new FieldError(field, "too-many", "may be given at most " + InputLimits.PARAMETER_REPEATS_MAX + " times"));
            }
        }
    }

    /** Strict percent-decoding to UTF-8 ({@code +} is a space in a query); null when malformed. */
    static String decode(String raw, boolean query) {
        if (raw.indexOf('%') < 0) {
            return query ? raw.replace('+', ' ') : raw;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.put((byte) ((high << 4) | low));
                i += 2;
            } else if (c > 0xFF) {
                return null;
            } else if (c > 0x7F) {
                // the HTTP codec hands raw non-ASCII bytes over as ISO-8859-1 characters
                bytes.put((byte) c);
            } else {
                bytes.put((byte) (query && c == '+' ? ' ' : c));
            }
        }
        bytes.flip();
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
