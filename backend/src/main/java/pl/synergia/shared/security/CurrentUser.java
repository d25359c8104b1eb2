package pl.synergia.shared.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authenticated caller of this request: subject, application roles and institution. The
 * institution travels in the access token as the claim {@value #INSTITUTION_CLAIM}, set by
 * Keycloak from the attribute of the user's institution group (see docs/adr/0002).
 */
@RequestScoped
public class CurrentUser {

    public static final String INSTITUTION_CLAIM = "institution_id";

    private static final Logger LOG = Logger.getLogger(CurrentUser.class);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** False for a request without a valid token. */
    public boolean authenticated() {
        return !identity.isAnonymous();
    }

    public String subject() {
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public String displayName() {
        return nameOf(token).orElseGet(this::username);
    }

    /** The person's name a token carries (its {@code name} claim), empty when it carries none. */
    public static Optional<String> nameOf(JsonWebToken token) {
        String name = token.getClaim("name");
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
    }

    public Optional<String> email() {
        return Optional.ofNullable(token.getClaim("email"));
    }

    /** The application roles of the caller (token roles that are not Synergia roles are left out). */
    public Set<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * Whether the caller is a third-party system (a client's service account, role
     * {@value Roles#INTEGRATION}) rather than a person. Only such callers are held to the OAuth
     * scopes of their token ({@link RequiresScope}) and to rate limits.
     */
    public boolean isSystem() {
        return identity.hasRole(Roles.INTEGRATION);
    }

    /** The OAuth client the token was issued to ({@code azp}), e.g. {@code synergia-system-pup-legionowo}. */
    public Optional<String> clientId() {
        String azp = token.getClaim("azp");
        return Optional.ofNullable(azp).filter(value -> !value.isBlank());
    }

    /** The OAuth scopes granted to the token (its space-separated {@code scope} claim). */
    public Set<String> scopes() {
        String scope = token.getClaim("scope");
        if (scope == null || scope.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(java.util.Arrays.asList(scope.trim().split("\\s+")));
    }

    public Optional<UUID> institutionId() {
        Object claim = token.getClaim(INSTITUTION_CLAIM);
        Optional<UUID> institution = institutionOf(token);
        if (claim != null && institution.isEmpty()) {
            LOG.warnf("Token of subject %s carries a malformed %s claim; treated as no institution", subject(),
                    INSTITUTION_CLAIM);
        }
        return institution;
    }

    /** The institution a token names (its {@value #INSTITUTION_CLAIM} claim), empty when it names none or a malformed one. */
    public static Optional<UUID> institutionOf(JsonWebToken token) {
        Object claim = token.getClaim(INSTITUTION_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String value = claim instanceof jakarta.json.JsonString json ? json.getString() : claim.toString();
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
