package pl.synergia.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of webhook deliveries as the Standard Webhooks specification (1.0) defines them: a
 * secret of random bytes shown as {@code whsec_} + base64; the signed content is
 * {@code <webhook-id>.<webhook-timestamp>.<body>}; the {@code webhook-signature} header is
 * {@code v1,} + base64(HMAC-SHA256(secret, content)). Pure, apart from the randomness of new secrets.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    /** 32 bytes (256 bits): the specification asks for 24 to 64. */
    static final int SECRET_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    public static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The value of the {@code webhook-signature} header for one attempt. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        if (messageId.indexOf('.') >= 0) {
            throw new IllegalArgumentException("a webhook id must not contain a full stop");
        }
        byte[] key = Base64.getDecoder().decode(secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
