package pl.synergia.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Where webhooks may go: the URL rules and the address rules, with a resolver the test controls (DNS rebinding included). */
class WebhookTargetsTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.1.2.3", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "100.127.255.254", "192.0.0.8", "198.18.0.1", "224.0.0.1", "239.1.1.1", "240.0.0.1",
            "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "64:ff9b::a9fe:a9fe", "2002:c0a8:0101::1", "2001:db8::1" })
    void internalAddressesAreRefused(String address) {
        assertTrue(WebhookTargets.internal(ip(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "193.0.0.1", "2a00:1450:4001:82b::200e",
            "::ffff:8.8.8.8", "2002:0808:0808::1" })
    void publicAddressesAreAllowed(String address) {
        assertFalse(WebhookTargets.internal(ip(address)), address);
    }

    @Test
    void urlsMustBeHttpWithAHostAndNoCredentials() {
        Map<String, String> refused = Map.of(
                "ftp://example.org/x", "not-http",
                "file:///etc/passwd", "not-http",
                "https://user:pw@example.org/", "credentials",
                "https:///nohost", "not-a-url",
                "https://example.org/a#b", "not-a-url",
                "https://exa mple.org/", "not-a-url",
                "", "required",
                "https://example.org/" + "a".repeat(2000), "too-long");
        refused.forEach((url, code) -> assertEquals(code, WebhookTargets.parse(url).refusal().code(), url));
        WebhookTargets.Target target = WebhookTargets.parse("HTTPS://system.example.org:8443/hooks?x=1").value();
        assertEquals("system.example.org", target.host());
        assertEquals(8443, target.port());
        assertTrue(target.https());
        assertEquals("/hooks?x=1", target.pathAndQuery());
        assertEquals(80, WebhookTargets.parse("http://[2a00:1450::1]").value().port());
        assertEquals("2a00:1450::1", WebhookTargets.parse("http://[2a00:1450::1]").value().host());
        assertEquals("/", WebhookTargets.parse("http://example.org").value().pathAndQuery());
    }

    @Test
    void everyAddressOfTheHostMustBePublicUnlessPrivateTargetsAreAllowed() {
        WebhookTargets.Resolver dns = host -> switch (host) {
            case "public.example" -> List.of(ip("93.184.216.34"));
            case "mixed.example" -> List.of(ip("93.184.216.34"), ip("10.0.0.5"));
            case "metadata.example" -> List.of(ip("169.254.169.254"));
            default -> throw new UnknownHostException(host);
        };
        WebhookTargets production = new WebhookTargets(false, dns);
        assertTrue(production.addresses(WebhookTargets.parse("https://public.example/h").value()).isOk());
        assertEquals("internal-address", production.addresses(WebhookTargets.parse("https://mixed.example/h").value()).refusal().code());
        assertEquals("internal-address", production.addresses(WebhookTargets.parse("http://metadata.example/").value()).refusal().code());
        assertEquals("internal-address", production.addresses(WebhookTargets.parse("http://127.0.0.1:8080/").value()).refusal().code());
        assertEquals("unknown-host", production.addresses(WebhookTargets.parse("https://nowhere.example/").value()).refusal().code());

        WebhookTargets local = new WebhookTargets(true, dns);
        assertTrue(local.addresses(WebhookTargets.parse("http://metadata.example/").value()).isOk());
    }

    @Test
    void aHostThatTurnsInternalAfterItWasSubscribedIsRefusedAtDelivery() {
        java.util.concurrent.atomic.AtomicReference<String> answer = new java.util.concurrent.atomic.AtomicReference<>("93.184.216.34");
        WebhookTargets targets = new WebhookTargets(false, host -> List.of(ip(answer.get())));
        WebhookTargets.Target target = WebhookTargets.parse("https://rebind.example/h").value();
        assertTrue(targets.addresses(target).isOk());
        answer.set("127.0.0.1");
        assertEquals("internal-address", targets.addresses(target).refusal().code());
    }
}
