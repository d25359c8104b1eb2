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

    /**
     * A third-party system's token as Keycloak issues it to a client's service account: role
     * integration, {@code azp} the client id, the granted scopes in {@code scope}, and the institution
     * of the client's group.
     */
    public static Builder system(String clientId, UUID institutionId, String... scopes) {
        Builder builder = new Builder("service-account-" + clientId).roles("integration").client(clientId)
                .institution(institutionId).scopes(scopes);
        builder.person = false;
        return builder;
    }

    public static final class Builder {
        private final String username;
        private List<String> roles = List.of();
        private UUID institutionId;
        private String audience = AUDIENCE;
        private String issuer = ISSUER;
        private long expiresInSeconds = 300;
        private String keyId = "1";
        private String clientId;
        private List<String> scopes = List.of();
        /** A person has a name and an e-mail address; a client's service account has neither. */
        private boolean person = true;

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

        /** The OAuth client the token was issued to (claim azp). */
        public Builder client(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** The granted OAuth scopes (claim scope, space-separated). */
        public Builder scopes(String... scopes) {
            this.scopes = List.of(scopes);
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
                    .claim("typ", "Bearer")
                    .claim("realm_access", Map.of("roles", roles))
                    .issuedAt(now - 10)
                    .expiresAt(now + expiresInSeconds);
            if (person) {
                claims.claim("name", "Test " + username).claim("email", username + "@example.org");
            }
            if (institutionId != null) {
                claims.claim("institution_id", institutionId.toString());
            }
            if (clientId != null) {
                claims.claim("azp", clientId);
            }
            if (!scopes.isEmpty()) {
                claims.claim("scope", String.join(" ", scopes));
            }
            return claims.jws().keyId(keyId).sign("1".equals(keyId) ? "privateKey.jwk" : "privateKeyWithoutKid.jwk");
        }
    }
}
