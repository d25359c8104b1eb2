import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's tools, one single-file program with the JDK only (bench/run.sh compiles it
 * once per run into .local/bench/classes):
 *
 * <pre>
 * keygen          --dir D                      RSA key pair for the bench-profile tokens
 * token           --dir D [--ttl S]            a signed access token shaped like Keycloak's
 * capture         --url U --token-file F --mix M --psql-port P --out F
 *                                              each query of the mix once, with a marker in the
 *                                              PostgreSQL log before it; records totalItems
 * pgbench-scripts --log L --mix M --out D      the SQL the API sent (from the log) as pgbench
 *                                              scripts, one per query of the mix, with its weight
 * load            --url U --token-file F --mix M --clients N --warmup S --duration S --out F
 *                 [--cpu name=pid[+],...] [--clk-tck 100]
 *                                              closed-loop load: N clients, no think time
 * pgbench-result  --stdout F --logs D --scripts D --out F [--cpu-before F --cpu-after F --self-cpu F]
 * cpu             --cpu name=pid[+],... --out F     CPU ticks of processes (+: with children)
 * report          --dir D --out-md F --out-json F [--doc F]
 * refresh         --url U --token-file F --out F [--scope FULL]
 *                                              a refresh of the regional figures (issue #11), waited for
 * report-regional --dir D --out-md F --out-json F [--doc F]
 *                                              the regional rung's result (dashboard and national table)
 * </pre>
 *
 * A mix line is name, weight, then the query string of GET /api/v1/institutions or a whole path
 * (starting with /), and optionally a target p95 in ms.
 *
 * Intermediate results are Java properties files in the run folder.
 */
public final class Bench {

    static final String ISSUER = "urn:synergia:bench";
    static final String AUDIENCE = "synergia-api";
    static final double TARGET_P95_MS = 25.0;
    static final double TARGET_RATIO = 0.5;

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: Bench <command> [--option value ...]; see the class comment");
        }
        Map<String, String> o = options(args);
        switch (args[0]) {
            case "keygen" -> keygen(Path.of(req(o, "dir")));
            case "token" -> System.out.println(token(Path.of(req(o, "dir")), Long.parseLong(o.getOrDefault("ttl", "14400")),
                    o.getOrDefault("roles", "staff"), o.getOrDefault("institution", "5ce8edbc-5161-506b-b375-cc0f819015ea")));
            case "capture" -> capture(o);
            case "pgbench-scripts" -> pgbenchScripts(o);
            case "load" -> load(o);
            case "pgbench-result" -> pgbenchResult(o);
            case "cpu" -> store(cpuSnapshot(o.get("cpu")), Path.of(req(o, "out")));
            case "report" -> report(o);
            case "refresh" -> refresh(o);
            case "report-regional" -> reportRegional(o);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ------------------------------------------------------------------ tokens

    static void keygen(Path dir) throws Exception {
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path privateKey = dir.resolve("private.pk8");
        Files.write(privateKey, pair.getPrivate().getEncoded());
        Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
        // what quarkus.oidc.public-key takes: the base64 of the X.509 SubjectPublicKeyInfo
        Files.writeString(dir.resolve("public.b64"), Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
    }

    /**
     * RS256 JWT with the claims of a Synergia realm access token: by default a caseworker of the
     * seeded WCPR; {@code roles} (comma-separated) and {@code institution} ("none": no claim) change it.
     */
    static String token(Path dir, long ttlSeconds, String roles, String institution) throws Exception {
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve("private.pk8"))));
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"b0000000-0000-4000-8000-00000000be1c\","
                + "\"typ\":\"Bearer\",\"azp\":\"synergia-spa\",\"preferred_username\":\"bench.caseworker\","
                + "\"name\":\"Bench Caseworker\",\"email\":\"bench@example.org\","
                + "\"realm_access\":{\"roles\":[" + String.join(",", Arrays.stream(roles.split(",")).map(r -> "\"" + r + "\"").toList())
                + "]},"
                + (institution.equals("none") ? "" : "\"institution_id\":\"" + institution + "\",")
                + "\"iat\":" + (now - 5) + ",\"exp\":" + (now + ttlSeconds) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(rsa.sign());
    }

    // ------------------------------------------------------------------ the query mix

    record Query(int index, String name, int weight, String query, double targetMs) {
        String path() {
            if (query.startsWith("/")) {
                return query;
            }
            return "/api/v1/institutions" + (query.isEmpty() ? "" : "?" + query);
        }

        /** A search of the directory (the first rung): a page with totalItems, and a count query. */
        boolean directorySearch() {
            return path().startsWith("/api/v1/institutions");
        }
    }

    /** bench/mix.tsv: name, weight, query string or path (already URL-encoded), optional target p95 (ms); # comments. */
    static List<Query> mix(Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || f.length > 4) {
                throw new IllegalArgumentException("bad mix line (name<TAB>weight<TAB>query[<TAB>target ms]): " + line);
            }
            queries.add(new Query(queries.size(), f[0].strip(), Integer.parseInt(f[1].strip()), f.length >= 3 ? f[2].strip() : "",
                    f.length == 4 ? Double.parseDouble(f[3].strip()) : 0));
        }
        if (queries.isEmpty() || queries.size() > 200) {
            throw new IllegalArgumentException("the mix needs 1 to 200 queries");
        }
        return queries;
    }

    // ------------------------------------------------------------------ a lean HTTP/1.1 client

    /**
     * One keep-alive connection, blocking: the load client's clients each hold one, like a
     * browser's connection to the API. Kept minimal so that the client takes as little of the
     * machine's CPU as possible (it shares the cores with the backend and PostgreSQL).
     */
    static final class Http implements Closeable {
        private final String host;
        private final int port;
        private final byte[] headerTail;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Http(URI base, String token) {
            this.host = base.getHost();
            this.port = base.getPort();
            this.headerTail = (" HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: application/json\r\nUser-Agent: synergia-bench\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        record Response(int status, byte[] body) {
            String text() {
                return new String(body, StandardCharsets.UTF_8);
            }
        }

        Response get(String path) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(host, port), 5_000);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 65_536);
                out = socket.getOutputStream();
            }
            byte[] request = new byte[4 + path.length() + headerTail.length];
            System.arraycopy("GET ".getBytes(StandardCharsets.US_ASCII), 0, request, 0, 4);
            System.arraycopy(path.getBytes(StandardCharsets.US_ASCII), 0, request, 4, path.length());
            System.arraycopy(headerTail, 0, request, 4 + path.length(), headerTail.length);
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("bad status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            byte[] body;
            if (chunked) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(8_192);
                for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                    buffer.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
                body = buffer.toByteArray();
            } else if (length >= 0) {
                body = in.readNBytes((int) length);
                if (body.length != length) {
                    throw new IOException("connection closed in the body");
                }
            } else {
                throw new IOException("response without length");
            }
            if (close) {
                close();
            }
            return new Response(status, body);
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }

    /** A page of the directory answered as expected (any other path: a JSON document). */
    static boolean valid(Http.Response r) {
        return valid(r, true);
    }

    static boolean valid(Http.Response r, boolean directorySearch) {
        if (r.status() != 200 || r.body().length < 2) {
            return false;
        }
        String text = r.text();
        if (!directorySearch) {
            return text.startsWith("{") && text.endsWith("}") || text.startsWith("[") && text.endsWith("]");
        }
        return r.body().length >= 20 && text.startsWith("{") && text.endsWith("}") && text.contains("\"items\":[")
                && text.contains("\"totalItems\":");
    }

    static final Pattern TOTAL = Pattern.compile("\"totalItems\":(\\d+)");

    // ------------------------------------------------------------------ capture

    /** Each query once, sequentially, each after a marker statement in the PostgreSQL log. */
    static void capture(Map<String, String> o) throws Exception {
        URI base = URI.create(req(o, "url"));
        String token = Files.readString(Path.of(req(o, "token-file"))).strip();
        List<Query> queries = mix(Path.of(req(o, "mix")));
        Properties out = new Properties();
        try (Http http = new Http(base, token)) {
            for (Query q : queries) {
                psql(req(o, "psql-port"), "SELECT 'bench-capture:" + q.name() + "'");
                Http.Response r = http.get(q.path());
                if (!valid(r, q.directorySearch())) {
                    throw new IllegalStateException("capture: " + q.path() + " answered " + r.status() + ": " + r.text());
                }
                Matcher m = TOTAL.matcher(r.text());
                if (m.find()) {
                    out.setProperty("total." + q.name(), m.group(1));
                }
            }
        }
        psql(req(o, "psql-port"), "SELECT 'bench-capture:end'");
        store(out, Path.of(req(o, "out")));
    }

    static void psql(String port, String sql) throws Exception {
        Process p = new ProcessBuilder("psql", "-h", "localhost", "-p", port, "-U", "postgres", "-d", "synergia",
                "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
    }

    // ------------------------------------------------------------------ SQL from the log -> pgbench

    record Statement(String sql, List<String> parameters) {
    }

    static final Pattern LOG_ENTRY = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? \\S+ \\[(\\d+)\\] ([A-Z]+):  (.*)$");
    static final Pattern EXECUTED = Pattern.compile("^(?:statement|execute [^:]*): (.*)$", Pattern.DOTALL);
    static final Pattern MARKER = Pattern.compile("^SELECT 'bench-capture:([^']+)'$");

    /**
     * Reads the statements the API sent for each query of the mix (between the markers of
     * {@code capture}, logged with log_statement=all and their bind parameters) and writes one
     * pgbench script per query: the same SQL text, parameters as pgbench variables (sent as bind
     * parameters with -M prepared, like the JDBC driver does), and the query's weight.
     */
    static void pgbenchScripts(Map<String, String> o) throws Exception {
        List<Query> queries = mix(Path.of(req(o, "mix")));
        Map<String, List<Statement>> byQuery = new LinkedHashMap<>();
        String current = null;
        Map<String, Statement> lastByPid = new TreeMap<>();
        List<String> entries = logEntries(Path.of(req(o, "log")));
        for (String entry : entries) {
            Matcher m = LOG_ENTRY.matcher(entry);
            if (!m.matches()) {
                continue;
            }
            String pid = m.group(1);
            String level = m.group(2);
            String message = m.group(3);
            if (level.equals("LOG")) {
                Matcher ex = EXECUTED.matcher(message);
                if (!ex.matches()) {
                    continue;
                }
                String sql = ex.group(1).strip();
                Matcher marker = MARKER.matcher(sql);
                if (marker.matches()) {
                    current = marker.group(1).equals("end") ? null : marker.group(1);
                    if (current != null) {
                        byQuery.put(current, new ArrayList<>());   // a later capture replaces an earlier one
                    }
                    continue;
                }
                if (current != null) {
                    Statement s = new Statement(sql, new ArrayList<>());
                    byQuery.computeIfAbsent(current, k -> new ArrayList<>()).add(s);
                    lastByPid.put(pid, s);
                }
            } else if (level.equals("DETAIL") && message.startsWith("Parameters: ") && lastByPid.containsKey(pid)) {
                lastByPid.remove(pid).parameters().addAll(parameters(message.substring("Parameters: ".length())));
            }
        }
        Path dir = Files.createDirectories(Path.of(req(o, "out")));
        List<String> args = new ArrayList<>();
        StringBuilder verify = new StringBuilder("\\set ON_ERROR_STOP on\n");
        StringBuilder captured = new StringBuilder();
        StringBuilder explain = new StringBuilder();
        for (Query q : queries) {
            List<Statement> statements = byQuery.get(q.name());
            if (statements == null || statements.isEmpty()) {
                throw new IllegalStateException("no SQL captured for query " + q.name() + " (is log_statement=all on?)");
            }
            StringBuilder script = new StringBuilder("-- " + q.name() + ": GET " + q.path() + "\n");
            captured.append("-- ").append(q.name()).append(" (weight ").append(q.weight()).append("): GET ").append(q.path()).append('\n');
            String countSql = null;
            for (int k = 0; k < statements.size(); k++) {
                Statement s = statements.get(k);
                String prefix = "q" + q.index() + "s" + k + "_";
                script.append(bindVariables(s.sql(), prefix, s.parameters())).append(";\n");
                for (int i = 0; i < s.parameters().size(); i++) {
                    String value = s.parameters().get(i);
                    if (value == null) {
                        throw new IllegalStateException("NULL bind parameter in " + q.name() + "; pgbench cannot send it");
                    }
                    if (!value.isEmpty()) {
                        args.add("-D");
                        args.add(prefix + (i + 1) + "=" + value);
                    }
                }
                String literal = literals(s.sql(), s.parameters());
                explain.append("\\echo '=== ").append(q.name()).append(" statement ").append(k + 1).append("'\n")
                        .append("EXPLAIN (ANALYZE, BUFFERS) ").append(literal).append(";\n");
                captured.append(s.sql()).append(";\n");
                if (!s.parameters().isEmpty()) {
                    captured.append("--   parameters: ").append(String.join(" | ", s.parameters())).append('\n');
                }
                if (s.sql().toLowerCase(Locale.ROOT).startsWith("select count(")) {
                    countSql = literal;
                }
            }
            captured.append('\n');
            if (countSql == null && q.directorySearch()) {
                throw new IllegalStateException("no count query captured for " + q.name());
            }
            if (countSql != null) {
                verify.append("SELECT '").append(q.name()).append("', (").append(countSql).append(");\n");
            }
            Path file = dir.resolve(String.format(Locale.ROOT, "%02d-%s.sql", q.index(), q.name()));
            Files.writeString(file, script.toString());
            args.add("-f");
            args.add(file.toAbsolutePath() + "@" + q.weight());
            args.add("# statements." + q.name() + "=" + statements.size());
        }
        Files.write(dir.resolve("pgbench.args"), args.stream().filter(a -> !a.startsWith("# ")).toList());
        Files.writeString(dir.resolve("verify.sql"), verify.toString());
        Files.writeString(dir.resolve("captured.sql"), captured.toString());
        Files.writeString(dir.resolve("explain.sql"), explain.toString());
        Properties p = new Properties();
        args.stream().filter(a -> a.startsWith("# ")).forEach(a -> {
            String[] kv = a.substring(2).split("=", 2);
            p.setProperty(kv[0], kv[1]);
        });
        store(p, dir.resolve("statements.properties"));
    }

    /** Log entries, with the continuation lines (tab-indented) joined to their entry. */
    static List<String> logEntries(Path log) throws IOException {
        List<String> entries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("\t") && current != null) {
                current.append('\n').append(line.substring(1));
            } else {
                if (current != null) {
                    entries.add(current.toString());
                }
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            entries.add(current.toString());
        }
        return entries;
    }

    /** "$1 = 'a', $2 = NULL, $3 = 'it''s'" -> [a, null, it's] */
    static List<String> parameters(String detail) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < detail.length()) {
            if (detail.charAt(i) != '$') {
                throw new IllegalArgumentException("unexpected parameter list: " + detail);
            }
            int eq = detail.indexOf(" = ", i);
            int expected = values.size() + 1;
            if (Integer.parseInt(detail.substring(i + 1, eq)) != expected) {
                throw new IllegalArgumentException("parameters out of order: " + detail);
            }
            i = eq + 3;
            if (detail.startsWith("NULL", i)) {
                values.add(null);
                i += 4;
            } else {
                StringBuilder v = new StringBuilder();
                i++; // opening quote
                while (true) {
                    char c = detail.charAt(i);
                    if (c == '\'') {
                        if (i + 1 < detail.length() && detail.charAt(i + 1) == '\'') {
                            v.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    v.append(c);
                    i++;
                }
                values.add(v.toString());
            }
            if (detail.startsWith(", ", i)) {
                i += 2;
            }
        }
        return values;
    }

    static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)\\b");

    /**
     * The statement with its bind parameters as pgbench variables; an empty string stays a literal
     * ('') because pgbench cannot define an empty variable.
     */
    static String bindVariables(String sql, String prefix, List<String> parameters) {
        return PLACEHOLDER.matcher(sql).replaceAll(m -> {
            int index = Integer.parseInt(m.group(1));
            return index <= parameters.size() && "".equals(parameters.get(index - 1)) ? "''" : ":" + prefix + m.group(1);
        });
    }

    static String literals(String sql, List<String> parameters) {
        return PLACEHOLDER.matcher(sql).replaceAll(m -> {
            String v = parameters.get(Integer.parseInt(m.group(1)) - 1);
            return Matcher.quoteReplacement(v == null ? "NULL" : "'" + v.replace("'", "''") + "'");
        });
    }

    // ------------------------------------------------------------------ the load client

    /**
     * Closed loop: each client sends a request, waits for the answer, sends the next (no think
     * time), picking queries by weight with its own seeded generator. Samples taken during the
     * warm-up are dropped; errors are counted in both phases.
     */
    static void load(Map<String, String> o) throws Exception {
        URI base = URI.create(req(o, "url"));
        String token = Files.readString(Path.of(req(o, "token-file"))).strip();
        List<Query> queries = mix(Path.of(req(o, "mix")));
        int clients = Integer.parseInt(req(o, "clients"));
        long warmupNanos = (long) (Double.parseDouble(req(o, "warmup")) * 1e9);
        long durationNanos = (long) (Double.parseDouble(req(o, "duration")) * 1e9);
        int[] cumulative = new int[queries.size()];
        int sum = 0;
        for (Query q : queries) {
            sum += q.weight();
            cumulative[q.index()] = sum;
        }
        final int totalWeight = sum;
        String[] paths = queries.stream().map(Query::path).toArray(String[]::new);
        boolean[] searches = new boolean[queries.size()];
        queries.forEach(q -> searches[q.index()] = q.directorySearch());

        // --rate R: an open model, R requests a second arriving on schedule over the clients' connections
        double rate = Double.parseDouble(o.getOrDefault("rate", "0"));
        boolean openModel = rate > 0;
        double intervalNanos = openModel ? 1e9 / rate : 0;
        long start = System.nanoTime();
        long measureStart = start + warmupNanos;
        long end = measureStart + durationNanos;
        AtomicLong errors = new AtomicLong();
        AtomicLong warmupRequests = new AtomicLong();
        List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        long[][] samples = new long[clients][];
        int[] counts = new int[clients];
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            final int client = c;
            threads[c] = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(20250101L + client);
                long[] mine = new long[1 << 16];
                int n = 0;
                long warm = 0;
                try (Http http = new Http(base, token)) {
                    long t0;
                    long arrival = client;   // open model: this client serves arrivals client, client + clients, ...
                    while ((t0 = openModel ? start + (long) (arrival * intervalNanos) : System.nanoTime()) < end) {
                        if (openModel) {
                            // requests arrive at the fixed rate whatever the answers do; latency counts from the
                            // arrival, so a late start (all connections busy) is part of it (no coordinated omission)
                            arrival += clients;
                            try {
                                sleepUntil(t0);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                break;
                            }
                        }
                        int pick = random.nextInt(totalWeight);
                        int q = 0;
                        while (cumulative[q] <= pick) {
                            q++;
                        }
                        boolean ok;
                        String problem = null;
                        try {
                            Http.Response r = http.get(paths[q]);
                            ok = valid(r, searches[q]);
                            if (!ok) {
                                problem = paths[q] + " -> " + r.status() + " " + r.text();
                            }
                        } catch (IOException | RuntimeException e) {
                            ok = false;
                            problem = paths[q] + " -> " + e;
                            http.close();
                        }
                        long t1 = System.nanoTime();
                        if (!ok) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) {
                                errorSamples.add(problem.length() > 300 ? problem.substring(0, 300) : problem);
                            }
                            continue;
                        }
                        if (t0 >= measureStart) {
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = ((t1 - t0) << 8) | q;   // latency in ns and the query, in one long
                        } else {
                            warm++;
                        }
                    }
                }
                samples[client] = mine;
                counts[client] = n;
                warmupRequests.addAndGet(warm);
            }, "client-" + c);
        }

        // CPU of the other processes over the measured window only
        String cpuSpec = o.get("cpu");
        double clkTck = Double.parseDouble(o.getOrDefault("clk-tck", "100"));
        Properties[] cpu = new Properties[2];
        long[] selfCpu = new long[2];
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread sampler = new Thread(() -> {
            try {
                sleepUntil(measureStart);
                cpu[0] = cpuSnapshot(cpuSpec);
                selfCpu[0] = os.getProcessCpuTime();
                sleepUntil(end);
                cpu[1] = cpuSnapshot(cpuSpec);
                selfCpu[1] = os.getProcessCpuTime();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "cpu-sampler");
        sampler.start();
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        sampler.join();

        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        long[][] perQuery = new long[queries.size()][];
        int[] perQueryCount = new int[queries.size()];
        for (int c = 0, k = 0; c < clients; c++) {
            for (int i = 0; i < counts[c]; i++) {
                long s = samples[c][i];
                all[k++] = s >>> 8;
                perQueryCount[(int) (s & 0xff)]++;
            }
        }
        for (int q = 0; q < queries.size(); q++) {
            perQuery[q] = new long[perQueryCount[q]];
        }
        int[] fill = new int[queries.size()];
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < counts[c]; i++) {
                long s = samples[c][i];
                int q = (int) (s & 0xff);
                perQuery[q][fill[q]++] = s >>> 8;
            }
        }
        Properties out = new Properties();
        out.setProperty("clients", String.valueOf(clients));
        out.setProperty("rate", fmt(rate));
        out.setProperty("warmup.seconds", fmt(warmupNanos / 1e9));
        out.setProperty("duration.seconds", fmt(durationNanos / 1e9));
        out.setProperty("warmup.requests", String.valueOf(warmupRequests.get()));
        out.setProperty("requests", String.valueOf(total));
        out.setProperty("errors", String.valueOf(errors.get()));
        for (int i = 0; i < errorSamples.size(); i++) {
            out.setProperty("error.sample." + i, errorSamples.get(i));
        }
        out.setProperty("throughput", fmt(total / (durationNanos / 1e9)));
        latencies(out, "latency", all);
        for (Query q : queries) {
            latencies(out, "query." + q.name(), perQuery[q.index()]);
        }
        if (cpu[0] != null && cpu[1] != null) {
            for (String name : cpu[0].stringPropertyNames()) {
                double seconds = (Long.parseLong(cpu[1].getProperty(name)) - Long.parseLong(cpu[0].getProperty(name))) / clkTck;
                out.setProperty("cpu." + name + ".seconds", fmt(seconds));
            }
            out.setProperty("cpu.client.seconds", fmt((selfCpu[1] - selfCpu[0]) / 1e9));
        }
        store(out, Path.of(req(o, "out")));
        System.err.printf(Locale.ROOT, "API: %d requests in %.0f s = %.1f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %d errors%n",
                total, durationNanos / 1e9, total / (durationNanos / 1e9), Double.parseDouble(out.getProperty("latency.p50")),
                Double.parseDouble(out.getProperty("latency.p95")), Double.parseDouble(out.getProperty("latency.p99")), errors.get());
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** Percentiles (nearest rank) of latencies in ns, written in ms. */
    static void latencies(Properties out, String key, long[] nanos) {
        Arrays.sort(nanos);
        out.setProperty(key + ".count", String.valueOf(nanos.length));
        if (nanos.length == 0) {
            return;
        }
        out.setProperty(key + ".p50", fmt(percentile(nanos, 50) / 1e6));
        out.setProperty(key + ".p95", fmt(percentile(nanos, 95) / 1e6));
        out.setProperty(key + ".p99", fmt(percentile(nanos, 99) / 1e6));
        out.setProperty(key + ".max", fmt(nanos[nanos.length - 1] / 1e6));
        out.setProperty(key + ".mean", fmt(Arrays.stream(nanos).average().orElse(0) / 1e6));
    }

    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // ------------------------------------------------------------------ CPU accounting (/proc)

    /**
     * "name=pid" (the process), "name=pid+" (the process, its reaped and its live children) or
     * "name=all" (every CPU of the machine: busy time from /proc/stat).
     */
    static Properties cpuSnapshot(String spec) throws IOException {
        Properties p = new Properties();
        if (spec == null || spec.isBlank()) {
            return p;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[1].equals("all")) {
                // cpu  user nice system idle iowait irq softirq steal ...
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
                    busy += Long.parseLong(f[i]);
                }
                p.setProperty(kv[0], String.valueOf(busy));
                continue;
            }
            boolean children = kv[1].endsWith("+");
            long pid = Long.parseLong(children ? kv[1].substring(0, kv[1].length() - 1) : kv[1]);
            long[] self = stat(pid);
            long ticks = self[0] + self[1];
            if (children) {
                ticks += self[2] + self[3];
                try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                    for (Path proc : procs) {
                        long[] child = statOrNull(proc.resolve("stat"));
                        if (child != null && child[4] == pid) {
                            ticks += child[0] + child[1];
                        }
                    }
                }
            }
            p.setProperty(kv[0], String.valueOf(ticks));
        }
        return p;
    }

    static long[] stat(long pid) throws IOException {
        long[] s = statOrNull(Path.of("/proc/" + pid + "/stat"));
        if (s == null) {
            throw new IOException("process " + pid + " is gone");
        }
        return s;
    }

    /** utime, stime, cutime, cstime, ppid of /proc/PID/stat */
    static long[] statOrNull(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return new long[] { Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14]), Long.parseLong(f[1]) };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ pgbench results

    static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+) \\(without initial connection time\\)", Pattern.MULTILINE);
    static final Pattern PROCESSED = Pattern.compile("^number of transactions actually processed: (\\d+)", Pattern.MULTILINE);
    static final Pattern FAILED = Pattern.compile("^number of failed transactions: (\\d+)", Pattern.MULTILINE);

    static void pgbenchResult(Map<String, String> o) throws Exception {
        String stdout = Files.readString(Path.of(req(o, "stdout")));
        Matcher tps = TPS.matcher(stdout);
        Matcher processed = PROCESSED.matcher(stdout);
        if (!tps.find() || !processed.find()) {
            throw new IllegalStateException("unexpected pgbench output:\n" + stdout);
        }
        Matcher failed = FAILED.matcher(stdout);
        long failedCount = failed.find() ? Long.parseLong(failed.group(1)) : 0;
        // per-transaction logs: client_id transaction_no time script_no time_epoch time_us [...]
        List<Long> all = new ArrayList<>();
        Map<Integer, List<Long>> perScript = new TreeMap<>();
        long logFailed = 0;
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(Path.of(req(o, "logs")), "pgbench_log.*")) {
            for (Path log : logs) {
                for (String line : Files.readAllLines(log)) {
                    String[] f = line.split(" ");
                    if (f.length < 4) {
                        continue;
                    }
                    if (!f[2].chars().allMatch(Character::isDigit)) {
                        logFailed++;
                        continue;
                    }
                    long nanos = Long.parseLong(f[2]) * 1000;
                    all.add(nanos);
                    perScript.computeIfAbsent(Integer.parseInt(f[3]), k -> new ArrayList<>()).add(nanos);
                }
            }
        }
        Properties out = new Properties();
        out.setProperty("tps", tps.group(1));
        out.setProperty("transactions", processed.group(1));
        out.setProperty("failed", String.valueOf(failedCount + logFailed));
        latencies(out, "latency", all.stream().mapToLong(Long::longValue).toArray());
        // script numbers follow the order of -f, i.e. the mix order
        List<Query> queries = mix(Path.of(req(o, "mix")));
        for (Query q : queries) {
            latencies(out, "query." + q.name(),
                    perScript.getOrDefault(q.index(), List.of()).stream().mapToLong(Long::longValue).toArray());
        }
        if (o.containsKey("cpu-before") && o.containsKey("cpu-after")) {
            Properties before = load(Path.of(o.get("cpu-before")));
            Properties after = load(Path.of(o.get("cpu-after")));
            double clkTck = Double.parseDouble(o.getOrDefault("clk-tck", "100"));
            for (String name : before.stringPropertyNames()) {
                out.setProperty("cpu." + name + ".seconds",
                        fmt((Long.parseLong(after.getProperty(name)) - Long.parseLong(before.getProperty(name))) / clkTck));
            }
        }
        if (o.containsKey("self-cpu")) {
            // bash `time` output of the pgbench run: "user sys" in seconds
            String[] t = Files.readString(Path.of(o.get("self-cpu"))).strip().split("\\s+");
            out.setProperty("cpu.pgbench.seconds", fmt(Double.parseDouble(t[0]) + Double.parseDouble(t[1])));
        }
        store(out, Path.of(req(o, "out")));
    }

    // ------------------------------------------------------------------ report

    /**
     * Reads the run folder (settings, machine, data, capture, verify, api, pgbench) and writes
     * the result as Markdown and JSON; replaces the "last run" section of the doc if given.
     */
    static void report(Map<String, String> o) throws Exception {
        Path dir = Path.of(req(o, "dir"));
        Properties run = load(dir.resolve("run.properties"));
        Properties api = load(dir.resolve("api.properties"));
        Properties pg = load(dir.resolve("pgbench.properties"));
        Properties capture = load(dir.resolve("capture.properties"));
        Properties statements = load(dir.resolve("scripts/statements.properties"));
        Properties verify = new Properties();
        for (String line : Files.readAllLines(dir.resolve("verify.out"))) {
            String[] kv = line.split("\\|", 2);
            if (kv.length == 2) {
                verify.setProperty(kv[0], kv[1]);
            }
        }
        List<Query> queries = mix(Path.of(req(o, "mix")));

        double p50 = num(api, "latency.p50");
        double p95 = num(api, "latency.p95");
        double p99 = num(api, "latency.p99");
        double rps = num(api, "throughput");
        double tps = num(pg, "tps");
        double ratio = rps / tps;
        long apiErrors = Long.parseLong(api.getProperty("errors"));
        long pgFailed = Long.parseLong(pg.getProperty("failed"));
        List<String> mismatches = new ArrayList<>();
        for (Query q : queries) {
            String expected = capture.getProperty("total." + q.name());
            String actual = verify.getProperty(q.name());
            if (expected == null || !expected.equals(actual)) {
                mismatches.add(q.name() + " (API " + expected + ", SQL " + actual + ")");
            }
        }
        boolean p95Pass = p95 < TARGET_P95_MS;
        boolean ratioPass = ratio >= TARGET_RATIO;
        boolean errorsPass = apiErrors == 0 && pgFailed == 0 && mismatches.isEmpty();

        StringBuilder md = new StringBuilder();
        md.append("Run of ").append(run.getProperty("date")).append(" on ").append(run.getProperty("machine"))
                .append(" (commit `").append(run.getProperty("commit")).append("`).\n\n");
        md.append("| measure | API (`GET /api/v1/institutions`) | same SQL by pgbench | target | result |\n");
        md.append("|---|---:|---:|---|---|\n");
        md.append(row("p50 latency", ms(p50), ms(num(pg, "latency.p50")), "", ""));
        md.append(row("p95 latency", ms(p95), ms(num(pg, "latency.p95")), "API p95 < 25 ms", p95Pass ? "PASS" : "FAIL"));
        md.append(row("p99 latency", ms(p99), ms(num(pg, "latency.p99")), "", ""));
        md.append(row("throughput", String.format(Locale.ROOT, "%.0f req/s", rps),
                String.format(Locale.ROOT, "%.0f tps", tps), "", ""));
        md.append(row("ratio API / pgbench", String.format(Locale.ROOT, "%.2f", ratio), "", "≥ 0.50",
                ratioPass ? "PASS" : "FAIL"));
        md.append(row("errors", api.getProperty("errors") + " of " + api.getProperty("requests"),
                pg.getProperty("failed") + " of " + pg.getProperty("transactions"), "0",
                errorsPass ? "PASS" : "FAIL"));
        md.append('\n');
        md.append(String.format(Locale.ROOT,
                "%s concurrent clients, closed loop (no think time), %s s warm-up then %s s measured, for each side; "
                        + "one pgbench transaction = the statements of one API request (page + count), same mix and weights.%n%n",
                api.getProperty("clients"), seconds(api.getProperty("warmup.seconds")), seconds(api.getProperty("duration.seconds"))));

        md.append("CPU used during the measured window (2 cores shared by everything below):\n\n");
        md.append("| | PostgreSQL | backend JVM | load client / pgbench | total CPU per request |\n|---|---:|---:|---:|---:|\n");
        double apiPg = num(api, "cpu.postgres.seconds");
        double apiJvm = num(api, "cpu.backend.seconds");
        double apiClient = num(api, "cpu.client.seconds");
        long apiRequests = Long.parseLong(api.getProperty("requests"));
        double pgPg = num(pg, "cpu.postgres.seconds");
        double pgClient = num(pg, "cpu.pgbench.seconds");
        long pgTx = Long.parseLong(pg.getProperty("transactions"));
        md.append(String.format(Locale.ROOT, "| API run | %.1f s (%.2f ms/req) | %.1f s (%.2f ms/req) | %.1f s (%.2f ms/req) | %.2f ms |%n",
                apiPg, 1000 * apiPg / apiRequests, apiJvm, 1000 * apiJvm / apiRequests, apiClient,
                1000 * apiClient / apiRequests, 1000 * (apiPg + apiJvm + apiClient) / apiRequests));
        md.append(String.format(Locale.ROOT, "| pgbench run | %.1f s (%.2f ms/tx) | – | %.1f s (%.2f ms/tx) | %.2f ms |%n%n",
                pgPg, 1000 * pgPg / pgTx, pgClient, 1000 * pgClient / pgTx, 1000 * (pgPg + pgClient) / pgTx));
        double cpus = Double.parseDouble(run.getProperty("cpus", "0"));
        double window = Double.parseDouble(api.getProperty("duration.seconds"));
        double apiOthers = num(api, "cpu.all.seconds") - apiPg - apiJvm - apiClient;
        double pgOthers = num(pg, "cpu.all.seconds") - pgPg - pgClient;
        if (cpus > 0 && !Double.isNaN(apiOthers) && !Double.isNaN(pgOthers)) {
            md.append(String.format(Locale.ROOT,
                    "Other processes on the machine (not started by the benchmark) used about %.0f CPU-s during the API window "
                            + "and %.0f CPU-s during the pgbench window, of %.0f available in each (%d CPUs × %.0f s).%n%n",
                    Math.max(0, apiOthers), Math.max(0, pgOthers), cpus * window, (int) cpus, window));
        }

        md.append("Per query of the mix (API latency vs the same statements in pgbench; rows = `totalItems`, "
                + "checked equal to the count the captured SQL returns):\n\n");
        md.append("| query | weight | rows | statements | API p50 | API p95 | SQL p50 | SQL p95 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Query q : queries) {
            String k = "query." + q.name();
            md.append(String.format(Locale.ROOT, "| `%s` | %d | %s | %s | %s | %s | %s | %s |%n", q.query().isEmpty() ? "(none)" : q.query(),
                    q.weight(), capture.getProperty("total." + q.name()), statements.getProperty("statements." + q.name()),
                    ms(num(api, k + ".p50")), ms(num(api, k + ".p95")), ms(num(pg, k + ".p50")), ms(num(pg, k + ".p95"))));
        }
        md.append('\n');
        md.append("Setup: ").append(run.getProperty("setup")).append("\n\n");
        md.append("Data: ").append(run.getProperty("data")).append("\n");
        if (!mismatches.isEmpty()) {
            md.append("\n**Count mismatch between the API and the captured SQL:** ").append(String.join(", ", mismatches)).append('\n');
        }
        for (int i = 0; i < 5 && api.containsKey("error.sample." + i); i++) {
            md.append("\nError sample: `").append(api.getProperty("error.sample." + i).replace('`', '\'')).append("`\n");
        }

        Files.writeString(Path.of(req(o, "out-md")), "# Directory search benchmark: last run\n\n"
                + "Written by `make bench` (bench/run.sh); see docs/benchmark.md.\n\n" + md);

        StringBuilder json = new StringBuilder("{\n");
        json.append(String.format(Locale.ROOT, "  \"date\": %s,%n  \"machine\": %s,%n  \"commit\": %s,%n",
                quote(run.getProperty("date")), quote(run.getProperty("machine")), quote(run.getProperty("commit"))));
        json.append(String.format(Locale.ROOT, "  \"clients\": %s,%n  \"warmupSeconds\": %s,%n  \"durationSeconds\": %s,%n",
                api.getProperty("clients"), api.getProperty("warmup.seconds"), api.getProperty("duration.seconds")));
        json.append(String.format(Locale.ROOT,
                "  \"api\": {\"p50Ms\": %s, \"p95Ms\": %s, \"p99Ms\": %s, \"requestsPerSecond\": %s, \"requests\": %s, \"errors\": %s},%n",
                api.getProperty("latency.p50"), api.getProperty("latency.p95"), api.getProperty("latency.p99"),
                api.getProperty("throughput"), api.getProperty("requests"), api.getProperty("errors")));
        json.append(String.format(Locale.ROOT,
                "  \"pgbench\": {\"p50Ms\": %s, \"p95Ms\": %s, \"p99Ms\": %s, \"tps\": %s, \"transactions\": %s, \"failed\": %s},%n",
                pg.getProperty("latency.p50"), pg.getProperty("latency.p95"), pg.getProperty("latency.p99"),
                pg.getProperty("tps"), pg.getProperty("transactions"), pg.getProperty("failed")));
        json.append(String.format(Locale.ROOT, "  \"ratio\": %s,%n", fmt(ratio)));
        json.append(String.format(Locale.ROOT,
                "  \"cpuMsPerRequest\": {\"api\": {\"postgres\": %s, \"backend\": %s, \"client\": %s}, \"pgbench\": {\"postgres\": %s, \"pgbench\": %s}},%n",
                fmt(1000 * apiPg / apiRequests), fmt(1000 * apiJvm / apiRequests), fmt(1000 * apiClient / apiRequests),
                fmt(1000 * pgPg / pgTx), fmt(1000 * pgClient / pgTx)));
        json.append(String.format(Locale.ROOT, "  \"otherProcessesCpuSeconds\": {\"apiWindow\": %s, \"pgbenchWindow\": %s},%n",
                fmt(Math.max(0, apiOthers)), fmt(Math.max(0, pgOthers))));
        json.append(String.format(Locale.ROOT,
                "  \"targets\": {\"p95BelowMs\": %s, \"p95Pass\": %s, \"ratioAtLeast\": %s, \"ratioPass\": %s, \"noErrors\": %s},%n",
                fmt(TARGET_P95_MS), p95Pass, fmt(TARGET_RATIO), ratioPass, errorsPass));
        json.append("  \"queries\": [\n");
        for (Query q : queries) {
            String k = "query." + q.name();
            json.append(String.format(Locale.ROOT,
                    "    {\"name\": %s, \"query\": %s, \"weight\": %d, \"rows\": %s, \"apiP50Ms\": %s, \"apiP95Ms\": %s, \"sqlP50Ms\": %s, \"sqlP95Ms\": %s}%s%n",
                    quote(q.name()), quote(q.query()), q.weight(), capture.getProperty("total." + q.name()),
                    api.getProperty(k + ".p50", "null"), api.getProperty(k + ".p95", "null"),
                    pg.getProperty(k + ".p50", "null"), pg.getProperty(k + ".p95", "null"),
                    q.index() == queries.size() - 1 ? "" : ","));
        }
        json.append("  ]\n}\n");
        Files.writeString(Path.of(req(o, "out-json")), json.toString());

        if (o.containsKey("doc")) {
            replaceSection(Path.of(o.get("doc")), "bench:last-run", md.toString());
        }

        // the console table
        System.out.println();
        System.out.println("Directory search benchmark (" + run.getProperty("date") + ", " + run.getProperty("machine") + ")");
        System.out.printf(Locale.ROOT, "  %-22s %14s %14s   %s%n", "", "API", "pgbench (SQL)", "target");
        System.out.printf(Locale.ROOT, "  %-22s %14s %14s%n", "p50 latency", ms(p50), ms(num(pg, "latency.p50")));
        System.out.printf(Locale.ROOT, "  %-22s %14s %14s   < 25 ms: %s%n", "p95 latency", ms(p95), ms(num(pg, "latency.p95")), p95Pass ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "  %-22s %14s %14s%n", "p99 latency", ms(p99), ms(num(pg, "latency.p99")));
        System.out.printf(Locale.ROOT, "  %-22s %10.0f/s   %10.0f tps%n", "throughput", rps, tps);
        System.out.printf(Locale.ROOT, "  %-22s %14.2f %14s   >= 0.50: %s%n", "ratio API / pgbench", ratio, "", ratioPass ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "  %-22s %14s %14s   0: %s%n", "errors", api.getProperty("errors"), pg.getProperty("failed"),
                errorsPass ? "PASS" : "FAIL");
        System.out.println();
        Properties verdict = new Properties();
        verdict.setProperty("targets", String.valueOf(p95Pass && ratioPass));
        verdict.setProperty("errors", String.valueOf(!errorsPass));
        store(verdict, dir.resolve("verdict.properties"));
    }

    static String row(String measure, String api, String pg, String target, String result) {
        return "| " + measure + " | " + api + " | " + pg + " | " + target + " | " + (result.isEmpty() ? "" : "**" + result + "**") + " |\n";
    }

    static String seconds(String value) {
        return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f ms", value);
    }

    static double num(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    // ------------------------------------------------------------------ the regional rung

    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern JSON_STRING = Pattern.compile("\"(status|currentStep)\":\"([^\"]*)\"");
    static final Pattern JSON_NUMBER = Pattern.compile("\"(stepsDone|stepsTotal|valuesWritten)\":(\\d+)");

    /** Starts a refresh of the regional figures (an administrator's token) and waits for it; records how long it took. */
    static void refresh(Map<String, String> o) throws Exception {
        URI base = URI.create(req(o, "url"));
        String token = Files.readString(Path.of(req(o, "token-file"))).strip();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        java.net.http.HttpResponse<String> started = client.send(java.net.http.HttpRequest.newBuilder(base.resolve("/api/v1/regional/refreshes"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"scope\":\"" + o.getOrDefault("scope", "FULL") + "\"}"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(started.body());
        if (started.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("refresh not started: " + started.statusCode() + " " + started.body());
        }
        Map<String, String> state = new TreeMap<>();
        String lastStep = "";
        while (true) {
            Thread.sleep(2000);
            String body = client.send(java.net.http.HttpRequest.newBuilder(base.resolve("/api/v1/regional/refreshes/" + id.group(1)))
                    .header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            for (Matcher m = JSON_STRING.matcher(body); m.find();) {
                state.put(m.group(1), m.group(2));
            }
            for (Matcher m = JSON_NUMBER.matcher(body); m.find();) {
                state.put(m.group(1), m.group(2));
            }
            String step = state.getOrDefault("currentStep", "");
            if (!step.equals(lastStep)) {
                System.err.printf(Locale.ROOT, "  %6.0f s  %s/%s  %s%n", (System.nanoTime() - t0) / 1e9, state.get("stepsDone"),
                        state.get("stepsTotal"), step);
                lastStep = step;
            }
            String status = state.getOrDefault("status", "");
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                break;
            }
        }
        Properties out = new Properties();
        out.setProperty("seconds", fmt((System.nanoTime() - t0) / 1e9));
        out.setProperty("status", state.get("status"));
        out.setProperty("values", state.getOrDefault("valuesWritten", "0"));
        out.setProperty("steps", state.getOrDefault("stepsTotal", "0"));
        store(out, Path.of(req(o, "out")));
        if (!"SUCCEEDED".equals(state.get("status"))) {
            throw new IllegalStateException("the refresh failed; see the backend log");
        }
    }

    /**
     * The regional rung's result: for each group of requests (the voivodeship dashboard of a
     * regional analyst, the national table of gminas of an administrator), the API's latency next
     * to the same SQL run by pgbench, the group's p95 against its target, and the full refresh.
     * Reads run-regional.properties, refresh.properties and, per group G of --groups,
     * api-G.properties, pgbench-G.properties, mix-G (the path in run-regional.properties).
     */
    static void reportRegional(Map<String, String> o) throws Exception {
        Path dir = Path.of(req(o, "dir"));
        // the plan rungs (issue #14) reuse this report: their own run file, section and verdict, no refresh
        Properties run = load(dir.resolve(o.getOrDefault("run", "run-regional.properties")));
        Path refreshFile = dir.resolve("refresh.properties");
        boolean withRefresh = !o.containsKey("run") && Files.exists(refreshFile);
        Properties refresh = withRefresh ? load(refreshFile) : new Properties();
        StringBuilder md = new StringBuilder();
        StringBuilder json = new StringBuilder("{\n");
        md.append("Run of ").append(run.getProperty("date")).append(" on ").append(run.getProperty("machine"))
                .append(" (commit `").append(run.getProperty("commit")).append("`).\n\n");
        md.append("Data: ").append(run.getProperty("data")).append("\n\n");
        if (withRefresh) {
            md.append(String.format(Locale.ROOT, "Full refresh (every year of the history, all indicators, suppression, written with COPY): "
                    + "**%.0f s**, %s values, %s.%n%n", num(refresh, "seconds"), refresh.getProperty("values"), refresh.getProperty("status")));
        }
        json.append(String.format(Locale.ROOT, "  \"date\": %s,%n  \"machine\": %s,%n  \"commit\": %s,%n  \"data\": %s,%n",
                quote(run.getProperty("date")), quote(run.getProperty("machine")), quote(run.getProperty("commit")),
                quote(run.getProperty("data"))));
        if (withRefresh) {
            json.append(String.format(Locale.ROOT, "  \"refresh\": {\"seconds\": %s, \"values\": %s, \"status\": %s},%n",
                    refresh.getProperty("seconds"), refresh.getProperty("values"), quote(refresh.getProperty("status"))));
        }
        json.append("  \"groups\": [\n");
        boolean allPass = true;
        boolean errors = false;
        String[] groups = req(o, "groups").split(",");
        for (int g = 0; g < groups.length; g++) {
            String group = groups[g];
            Properties api = load(dir.resolve("api-" + group + ".properties"));
            Properties pg = load(dir.resolve("pgbench-" + group + ".properties"));
            List<Query> queries = mix(Path.of(run.getProperty("mix." + group)));
            double target = queries.stream().mapToDouble(Query::targetMs).max().orElse(0);
            double p95 = num(api, "latency.p95");
            boolean pass = p95 <= target;
            long apiErrors = Long.parseLong(api.getProperty("errors"));
            long pgFailed = Long.parseLong(pg.getProperty("failed"));
            allPass &= pass;
            errors |= apiErrors > 0 || pgFailed > 0;
            md.append("### ").append(run.getProperty("title." + group)).append("\n\n");
            double rate = Double.parseDouble(api.getProperty("rate", "0"));
            md.append(String.format(Locale.ROOT, "%s, %s s warm-up then %s s measured; token: %s.%n%n",
                    rate > 0 ? String.format(Locale.ROOT, "open model: %.0f requests/s arriving on schedule over %s connections", rate,
                            api.getProperty("clients")) : api.getProperty("clients") + " clients, closed loop",
                    seconds(api.getProperty("warmup.seconds")), seconds(api.getProperty("duration.seconds")),
                    run.getProperty("token." + group)));
            md.append("| measure | API | same SQL by pgbench | target | result |\n|---|---:|---:|---|---|\n");
            md.append(row("p50 latency", ms(num(api, "latency.p50")), ms(num(pg, "latency.p50")), "", ""));
            md.append(row("p95 latency", ms(p95), ms(num(pg, "latency.p95")), "API p95 ≤ " + ms(target), pass ? "PASS" : "FAIL"));
            md.append(row("p99 latency", ms(num(api, "latency.p99")), ms(num(pg, "latency.p99")), "", ""));
            md.append(row("throughput", String.format(Locale.ROOT, "%.0f req/s", num(api, "throughput")),
                    String.format(Locale.ROOT, "%.0f tps", num(pg, "tps")), "", ""));
            md.append(row("errors", apiErrors + " of " + api.getProperty("requests"), pgFailed + " of " + pg.getProperty("transactions"), "0",
                    apiErrors == 0 && pgFailed == 0 ? "PASS" : "FAIL"));
            long requests = Long.parseLong(api.getProperty("requests"));
            double window = Double.parseDouble(api.getProperty("duration.seconds"));
            double ours = num(api, "cpu.postgres.seconds") + num(api, "cpu.backend.seconds") + num(api, "cpu.client.seconds");
            md.append(String.format(Locale.ROOT, "%nCPU in the API's measured window: PostgreSQL %.1f s (%.2f ms/request), backend %.1f s "
                    + "(%.2f ms/request), load client %.1f s; other processes on the machine %.0f of the %.0f CPU-s there were.%n",
                    num(api, "cpu.postgres.seconds"), 1000 * num(api, "cpu.postgres.seconds") / requests, num(api, "cpu.backend.seconds"),
                    1000 * num(api, "cpu.backend.seconds") / requests, num(api, "cpu.client.seconds"),
                    Math.max(0, num(api, "cpu.all.seconds") - ours), Double.parseDouble(run.getProperty("cpus", "2")) * window));
            md.append("\n| request | weight | API p50 | API p95 | SQL p50 | SQL p95 |\n|---|---:|---:|---:|---:|---:|\n");
            json.append(String.format(Locale.ROOT, "    {\"group\": %s, \"targetP95Ms\": %s, \"apiP95Ms\": %s, \"apiP50Ms\": %s, "
                    + "\"sqlP95Ms\": %s, \"requestsPerSecond\": %s, \"errors\": %d, \"pass\": %s, \"requests\": [%n",
                    quote(group), fmt(target), api.getProperty("latency.p95"), api.getProperty("latency.p50"),
                    pg.getProperty("latency.p95"), api.getProperty("throughput"), apiErrors + pgFailed, pass));
            for (Query q : queries) {
                String k = "query." + q.name();
                md.append(String.format(Locale.ROOT, "| `%s` | %d | %s | %s | %s | %s |%n", q.path(), q.weight(), ms(num(api, k + ".p50")),
                        ms(num(api, k + ".p95")), ms(num(pg, k + ".p50")), ms(num(pg, k + ".p95"))));
                json.append(String.format(Locale.ROOT, "      {\"name\": %s, \"path\": %s, \"apiP95Ms\": %s, \"sqlP95Ms\": %s}%s%n",
                        quote(q.name()), quote(q.path()), api.getProperty(k + ".p95", "null"), pg.getProperty(k + ".p95", "null"),
                        q.index() == queries.size() - 1 ? "" : ","));
            }
            md.append('\n');
            for (int i = 0; i < 5 && api.containsKey("error.sample." + i); i++) {
                md.append("Error sample: `").append(api.getProperty("error.sample." + i).replace('`', '\'')).append("`\n\n");
            }
            json.append("    ]}").append(g == groups.length - 1 ? "" : ",").append('\n');
            System.out.printf(Locale.ROOT, "  %-40s API p95 %s (SQL %s), target ≤ %s: %s%n", run.getProperty("title." + group), ms(p95),
                    ms(num(pg, "latency.p95")), ms(target), pass ? "PASS" : "FAIL");
        }
        json.append("  ],\n  \"pass\": ").append(allPass).append("\n}\n");
        md.append("Setup: ").append(run.getProperty("setup")).append("\n");
        Files.writeString(Path.of(req(o, "out-md")), "# " + o.getOrDefault("title", "Regional figures benchmark") + ": last run\n\n"
                + "Written by `make bench` (bench/run.sh); see docs/benchmark.md.\n\n" + md);
        Files.writeString(Path.of(req(o, "out-json")), json.toString());
        if (o.containsKey("doc")) {
            replaceSection(Path.of(o.get("doc")), o.getOrDefault("section", "bench:regional-last-run"), md.toString());
        }
        if (withRefresh) {
            System.out.printf(Locale.ROOT, "  full refresh: %.0f s, %s values%n", num(refresh, "seconds"), refresh.getProperty("values"));
        }
        Properties verdict = new Properties();
        verdict.setProperty("targets", String.valueOf(allPass));
        verdict.setProperty("errors", String.valueOf(errors));
        store(verdict, dir.resolve(o.getOrDefault("verdict", "verdict-regional.properties")));
    }

    // ------------------------------------------------------------------ helpers

    /** Replaces what stands between {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->} in a document. */
    static void replaceSection(Path doc, String name, String content) throws IOException {
        String text = Files.readString(doc);
        String startMarker = "<!-- " + name + ":start -->";
        String endMarker = "<!-- " + name + ":end -->";
        int s = text.indexOf(startMarker);
        int e = text.indexOf(endMarker);
        if (s < 0 || e < s) {
            throw new IllegalStateException(doc + " lacks the " + startMarker + " ... " + endMarker + " section");
        }
        Files.writeString(doc, text.substring(0, s + startMarker.length()) + "\n" + content + text.substring(e));
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    static String req(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static void store(Properties p, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
    }
}
