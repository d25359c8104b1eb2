package pl.synergia.integration;

import java.net.ConnectException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * POSTs one webhook attempt. The receiver's host is resolved and every address checked
 * ({@link WebhookTargets}) right before the attempt, and the connection goes to the checked address
 * itself (the Host header and TLS name stay the host's), so a DNS answer that changes in between
 * cannot lead the request inside. Short timeouts, no redirects followed, no connection kept; the
 * answer's body is never read.
 */
@ApplicationScoped
public class WebhookSender {

    /** What came of an attempt: the receiver's status, or the kind of failure without one. */
    public record Outcome(Integer status, String error, Duration retryAfter, int durationMs) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    WebhooksConfig config;

    private HttpClient client;
    private WebhookTargets targets;

    @PostConstruct
    void start() {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(false)
                .setMaxPoolSize(16)
                .setVerifyHost(true)
                .setForceSni(true)
                .setMaxRedirects(0));
        targets = new WebhookTargets(config.allowPrivateTargets(), host -> List.of(InetAddress.getAllByName(host)));
    }

    @PreDestroy
    void stop() {
        if (client != null) {
            client.close();
        }
    }

    /** Whether the URL may be subscribed now (syntax, and where its host resolves); the refusal names what is wrong. */
    public WebhookTargets.Result<List<InetAddress>> check(String url) {
        WebhookTargets.Result<WebhookTargets.Target> target = WebhookTargets.parse(url);
        if (!target.isOk()) {
            return new WebhookTargets.Result<>(null, target.refusal());
        }
        return targets.addresses(target.value());
    }

    /** Sends one attempt; {@code now} (the application's clock) reads a Retry-After given as a date. */
    public Outcome post(String url, Map<String, String> headers, String body, Instant now) {
        long started = System.nanoTime();
        WebhookTargets.Result<WebhookTargets.Target> parsed = WebhookTargets.parse(url);
        if (!parsed.isOk()) {
            return failed("INVALID_URL", started);
        }
        WebhookTargets.Target target = parsed.value();
        WebhookTargets.Result<List<InetAddress>> addresses = targets.addresses(target);
        if (!addresses.isOk()) {
            return failed(addresses.refusal().code().equals("unknown-host") ? "UNKNOWN_HOST" : "INTERNAL_ADDRESS", started);
        }
        InetAddress address = addresses.value().get(0);
        long timeout = config.connectTimeout().toMillis() + config.readTimeout().toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), address.getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.readTimeout().toMillis());
        options.putHeader("User-Agent", "Synergia-Webhooks/1.0");
        headers.forEach(options::putHeader);
        try {
            Object[] answer = client.request(options)
                    .compose(request -> request.send(Buffer.buffer(body)))
                    .compose(response -> {
                        Object[] result = { response.statusCode(), response.getHeader("Retry-After") };
                        // the body is not wanted (it may hold anything): close instead of reading it
                        response.request().connection().close();
                        return Future.succeededFuture(result);
                    })
                    .toCompletionStage().toCompletableFuture()
                    .get(timeout + 1000, TimeUnit.MILLISECONDS);
            return new Outcome((Integer) answer[0], null, retryAfter((String) answer[1], now), elapsed(started));
        } catch (TimeoutException e) {
            return failed("TIMEOUT", started);
        } catch (ExecutionException e) {
            return failed(kind(e.getCause()), started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("CONNECTION", started);
        }
    }

    private static String kind(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof java.util.concurrent.TimeoutException || name.endsWith("TimeoutException")) {
                return "TIMEOUT";
            }
            if (t instanceof SSLException) {
                return "TLS";
            }
            if (t instanceof ConnectException) {
                return "CONNECTION";
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return "CONNECTION";
    }

    /** Retry-After as delay-seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Outcome failed(String error, long started) {
        return new Outcome(null, error, null, elapsed(started));
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
