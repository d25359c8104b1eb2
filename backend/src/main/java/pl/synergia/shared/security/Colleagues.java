package pl.synergia.shared.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The caseworkers (staff or coordinators) of an institution the platform has seen: whom a case can
 * be handed to (docs/adr/0039). Users live in Keycloak; the platform knows them from their tokens.
 * Implemented by the context that records the users (notification, table user_account).
 */
public interface Colleagues {

    /** The caseworkers of the institution, by name in Polish order. */
    List<UserRef> caseworkersOf(UUID institution);

    /** A caseworker of this institution with this subject, if the platform has seen them. */
    Optional<UserRef> caseworker(UUID institution, String subject);
}
