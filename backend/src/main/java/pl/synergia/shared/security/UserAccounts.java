package pl.synergia.shared.security;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

/**
 * The users the platform has seen. Users live in Keycloak; a user is known here from the token of
 * their calls of /api/v1/me (every sign-in of the SPA), which records their subject, name,
 * institution and whether they are a caseworker (staff or coordinator). A caseworker picks a
 * colleague of the same institution from these (docs/adr/0039).
 */
@ApplicationScoped
public class UserAccounts {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** Records (or refreshes) the caller, with their institution if the directory knows it. */
    @Transactional
    public void recordCaller(UUID knownInstitution) {
        boolean caseworker = knownInstitution != null && (user.hasRole(Roles.STAFF) || user.hasRole(Roles.COORDINATOR));
        em.createNativeQuery("insert into user_account (subject, username, display_name, institution_id, caseworker, "
                + "first_seen_at, last_seen_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?6) on conflict (subject) do update set "
                + "username = excluded.username, display_name = excluded.display_name, institution_id = excluded.institution_id, "
                + "caseworker = excluded.caseworker, last_seen_at = excluded.last_seen_at")
                .unwrap(NativeQuery.class)
                .setParameter(1, user.subject())
                .setParameter(2, user.username())
                .setParameter(3, user.displayName())
                .setParameter(4, knownInstitution, UUID.class)
                .setParameter(5, caseworker)
                .setParameter(6, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The caseworkers of an institution the platform has seen, by name in Polish order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserRef> caseworkersOf(UUID institution) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select subject, display_name from user_account "
                + "where institution_id = ?1 and caseworker order by display_name collate \"pl-x-icu\", subject")
                .unwrap(NativeQuery.class).setParameter(1, institution, UUID.class).getResultList();
        return rows.stream().map(r -> new UserRef((String) r[0], (String) r[1])).toList();
    }

    /** A caseworker of this institution with this subject, if the platform has seen them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserRef> caseworker(UUID institution, String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select subject, display_name from user_account "
                + "where institution_id = ?1 and subject = ?2 and caseworker")
                .unwrap(NativeQuery.class).setParameter(1, institution, UUID.class).setParameter(2, subject).getResultList();
        return rows.stream().findFirst().map(r -> new UserRef((String) r[0], (String) r[1]));
    }
}
