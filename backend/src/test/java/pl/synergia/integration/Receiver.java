package pl.synergia.integration;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on 127.0.0.1 (the JDK's HTTP server): records every request (headers and the
 * raw body) and answers with the statuses it is told, in turn, then 204.
 */
final class Receiver implements AutoCloseable {

    /** One request as received: headers by lower-case name, and the body exactly as sent. */
    record Request(String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile long delayMillis;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                    List.copyOf(values)));
            requests.add(new Request(exchange.getRequestURI().toString(), headers, new String(body, StandardCharsets.UTF_8)));
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer status = answers.poll();
            int code = status == null ? 204 : status;
            if (code == 503) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        server.start();
    }

    /** The next requests are answered with these statuses, in turn. */
    Receiver answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    /** Answers only after this long (a slow receiver). */
    Receiver slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
