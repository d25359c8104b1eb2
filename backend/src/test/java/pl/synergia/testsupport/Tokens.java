package pl.synergia.testsupport;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens shaped like the Synergia realm's (roles in realm_access.roles, audience
 * synergia-api, institution_id claim), signed by the key the WireMock OIDC server publishes.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "synergia-api";

    private Tokens() {
    }

    public static Builder user(String username) {
        return new Builder(username);
    }

    public static final class Builder {
        private final String username;
        private List<String> roles = List.of();
        private UUID institutionId;
        private String audience = AUDIENCE;
        private String issuer = ISSUER;
        private long expiresInSeconds = 300;
        private String keyId = "1";

        private Builder(String username) {
            this.username = username;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder institution(UUID institutionId) {
            this.institutionId = institutionId;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** The key id in the header; the test server publishes only "1", any other is unknown to it (same key, signed without its kid). */
        public Builder keyId(String keyId) {
            this.keyId = keyId;
            return this;
        }

        public Builder expiredSecondsAgo(long seconds) {
            this.expiresInSeconds = -seconds;
            return this;
        }

        public String sign() {
            long now = System.currentTimeMillis() / 1000;
            JwtClaimsBuilder claims = Jwt.claims()
                    .issuer(issuer)
                    .audience(audience)
                    .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                    .preferredUserName(username)
                    .claim("name", "Test " + username)
                    .claim("email", username + "@example.org")
                    .claim("typ", "Bearer")
                    .claim("realm_access", Map.of("roles", roles))
                    .issuedAt(now - 10)
                    .expiresAt(now + expiresInSeconds);
            if (institutionId != null) {
                claims.claim("institution_id", institutionId.toString());
            }
            return claims.jws().keyId(keyId).sign("1".equals(keyId) ? "privateKey.jwk" : "privateKeyWithoutKid.jwk");
        }
    }
}
