package pl.synergia.notification;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.security.Roles;

/**
 * Records who uses the platform for which institution (for notifications: whom to tell, where to
 * send mail; for case work: the caseworkers a case can be handed to, by name) when a person's token
 * is first seen: once per token on this instance, not on every
 * request (a token lives minutes; the table is written at most hourly per user, see
 * {@link UserAccounts#seen}). Service accounts of third-party systems are not people and are not
 * recorded. A failure to record never fails the request.
 */
@ApplicationScoped
public class UserRecorder implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(UserRecorder.class);
    private static final int REMEMBERED = 10_000;

    @Inject
    UserAccounts accounts;

    @Inject
    Clock clock;

    /** Tokens recorded by this instance (subject, issue time, institution). */
    private final Map<String, Boolean> recorded = new ConcurrentHashMap<>();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token) || identity.hasRole(Roles.INTEGRATION)) {
            return Uni.createFrom().item(identity);
        }
        Optional<UUID> institution = CurrentUser.institutionOf(token);
        String subject = token.getSubject();
        if (institution.isEmpty() || subject == null) {
            return Uni.createFrom().item(identity);
        }
        String key = subject + "|" + token.getIssuedAtTime() + "|" + institution.get();
        if (recorded.containsKey(key)) {
            return Uni.createFrom().item(identity);
        }
        String email = token.getClaim("email");
        Language language = Language.of(token.getClaim("locale"));
        String name = CurrentUser.nameOf(token).orElse(token.getName());
        boolean caseworker = identity.hasRole(Roles.STAFF) || identity.hasRole(Roles.COORDINATOR);
        return context.runBlocking(() -> {
            try {
                accounts.seen(new UserAccounts.Seen(subject, institution.get(), email, language, name, caseworker), clock.instant());
                if (recorded.size() >= REMEMBERED) {
                    recorded.clear();
                }
                recorded.put(key, Boolean.TRUE);
            } catch (RuntimeException e) {
                LOG.warnf("could not record the user of a token (%s); tried again on the next request", e.getClass().getName());
            }
            return identity;
        });
    }
}
