package pl.synergia.shared.request;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The id of the request being served: taken from an {@code X-Request-Id} set by a proxy in front
 * (when it is a plain token), otherwise a new UUID. It is answered in the {@code X-Request-Id}
 * header, written in every log line (MDC key {@value #MDC_KEY}), every problem+json
 * ({@code requestId}) and every audit row, so one failure can be followed across the three.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTED = Pattern.compile("^[A-Za-z0-9._:-]{8,64}$");

    private RequestIds() {
    }

    /** The proxy's id when it is a plain token of 8 to 64 characters, else a new one. */
    public static String accept(String incoming) {
        if (incoming != null && ACCEPTED.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }

    /** The id of the request this thread serves (Quarkus carries the MDC along with the request). */
    public static Optional<String> current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? Optional.empty() : Optional.of(id.toString());
    }
}
