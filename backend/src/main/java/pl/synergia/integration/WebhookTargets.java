package pl.synergia.integration;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may be sent: http(s) URLs with a host and no credentials, whose host resolves only
 * to public unicast addresses. Loopback, unspecified, private (RFC 1918, unique local fc00::/7),
 * link-local, carrier-grade NAT (100.64.0.0/10), multicast, broadcast, benchmarking and reserved
 * addresses are refused, also when an IPv6 address embeds one (IPv4-mapped, NAT64), unless private
 * targets are allowed (tests, the local demo). The check runs when a subscription is saved and again
 * before every attempt, against the addresses the attempt then connects to (DNS rebinding).
 * The rules are pure; the resolver is given.
 */
public final class WebhookTargets {

    public static final int MAX_URL_LENGTH = 2000;

    /** Resolves a host name to its addresses (the system resolver in production). */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** Why a URL or host is refused: a code for errors[] and a sentence. */
    public record Refusal(String code, String message) {
    }

    /** A URL that passed the syntax check. */
    public record Target(URI uri, boolean https, String host, int port, String pathAndQuery) {
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL's parts, or the refusal of its syntax (scheme, host, credentials, fragment, length). */
    public static Result<Target> parse(String url) {
        if (url == null || url.isBlank()) {
            return Result.refused(new Refusal("required", "is required"));
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Result.refused(new Refusal("too-long", "must be at most " + MAX_URL_LENGTH + " characters"));
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Result.refused(new Refusal("not-a-url", "is not a valid URL"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Result.refused(new Refusal("not-http", "must be an http or https URL"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Result.refused(new Refusal("not-a-url", "must name a host"));
        }
        if (uri.getRawUserInfo() != null) {
            return Result.refused(new Refusal("credentials", "must not carry a user name or password"));
        }
        if (uri.getRawFragment() != null) {
            return Result.refused(new Refusal("not-a-url", "must not have a fragment (#...)"));
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return Result.ok(new Target(uri, https, host, port, path));
    }

    /** The addresses a target may be reached at (all of the host's addresses must be allowed), or why not. */
    public Result<List<InetAddress>> addresses(Target target) {
        List<InetAddress> addresses;
        try {
            addresses = literal(target.host()) ? List.of(InetAddress.getByName(target.host())) : resolver.resolve(target.host());
        } catch (UnknownHostException e) {
            return Result.refused(new Refusal("unknown-host", "names a host that does not resolve"));
        }
        if (addresses.isEmpty()) {
            return Result.refused(new Refusal("unknown-host", "names a host that does not resolve"));
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (internal(address)) {
                    return Result.refused(new Refusal("internal-address",
                            "resolves to a loopback, private, link-local or other internal address; webhooks go to public hosts only"));
                }
            }
        }
        return Result.ok(List.copyOf(addresses));
    }

    /** An IP address written out (no name to look up). */
    private static boolean literal(String host) {
        return host.indexOf(':') >= 0 || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    /** Whether an address is not a public unicast address. */
    public static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return internalV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            if (isPrefix(b, new int[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff }) // IPv4-mapped ::ffff:0:0/96
                    || isPrefix(b, new int[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }) // IPv4-compatible ::/96
                    || isPrefix(b, new int[] { 0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0 })) { // NAT64 64:ff9b::/96
                return internalV4(new byte[] { b[12], b[13], b[14], b[15] });
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return true; // documentation 2001:db8::/32
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                return internalV4(new byte[] { b[2], b[3], b[4], b[5] }); // 6to4 2002::/16 embeds an IPv4 address
            }
        }
        return false;
    }

    private static boolean internalV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return a0 == 0 // "this network" 0.0.0.0/8
                || a0 == 10 // private
                || a0 == 127 // loopback
                || (a0 == 100 && (a1 & 0xc0) == 64) // carrier-grade NAT 100.64.0.0/10
                || (a0 == 169 && a1 == 254) // link-local
                || (a0 == 172 && (a1 & 0xf0) == 16) // private 172.16.0.0/12
                || (a0 == 192 && a1 == 0 && a2 == 0) // IETF protocol assignments 192.0.0.0/24
                || (a0 == 192 && a1 == 0 && a2 == 2) // documentation TEST-NET-1
                || (a0 == 192 && a1 == 168) // private
                || (a0 == 198 && (a1 & 0xfe) == 18) // benchmarking 198.18.0.0/15
                || (a0 == 198 && a1 == 51 && a2 == 100) // TEST-NET-2
                || (a0 == 203 && a1 == 0 && a2 == 113) // TEST-NET-3
                || a0 >= 224; // multicast 224/4, reserved 240/4, broadcast
    }

    private static boolean isPrefix(byte[] address, int[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((address[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A value or the reason there is none. */
    public record Result<T>(T value, Refusal refusal) {

        static <T> Result<T> ok(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> refused(Refusal refusal) {
            return new Result<>(null, refusal);
        }

        public boolean isOk() {
            return refusal == null;
        }

        public Optional<Refusal> refusalIfAny() {
            return Optional.ofNullable(refusal);
        }
    }
}
