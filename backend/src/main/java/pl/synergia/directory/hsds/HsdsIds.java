package pl.synergia.directory.hsds;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Stable identifiers for the HSDS export. Institutions and offerings keep their own UUIDs;
 * objects HSDS needs but Synergia does not store (locations, addresses, phones, attributes,
 * taxonomy terms, ...) get name-based UUIDs (RFC 9562 version 5, SHA-1) derived from their
 * owner's id, so the same export yields the same ids every time. Never random.
 */
public final class HsdsIds {

    /** RFC 9562 namespace for URLs (6ba7b811-...); our namespace is derived from it once. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /** Namespace of everything Synergia publishes in HSDS that has no owner id (taxonomies, units). */
    public static final UUID NAMESPACE = v5(URL_NAMESPACE, "urn:synergia:hsds");

    private HsdsIds() {
    }

    /** A version-5 UUID for {@code name} within {@code namespace}. */
    public static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        sha1.update(name.getBytes(StandardCharsets.UTF_8));
        byte[] hash = sha1.digest();
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /** An object derived from an institution or offering, e.g. {@code derived(institutionId, "location")}. */
    public static UUID derived(UUID owner, String role) {
        return v5(owner, role);
    }

    /** An object with no owner in Synergia, e.g. a taxonomy or a taxonomy term. */
    public static UUID named(String name) {
        return v5(NAMESPACE, name);
    }
}
