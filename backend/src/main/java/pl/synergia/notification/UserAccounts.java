package pl.synergia.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

/** The {@code user_account} table: who uses the platform for which institution, and their e-mail address and language. */
@ApplicationScoped
public class UserAccounts {

    @Inject
    EntityManager em;

    /** What a token says of its user: who, of which institution, where mail goes, language, name, whether a caseworker. */
    public record Seen(String subject, UUID institution, String email, Language tokenLanguage, String displayName, boolean caseworker) {
    }

    /**
     * Records a user seen by the API. Writes only when something changed (institution, address, the
     * token's language, name, caseworker or not) or the last record is over an hour old, so a busy
     * user costs one write an hour.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void seen(Seen user, Instant now) {
        em.createNativeQuery("insert into user_account (subject, institution_id, email, language, display_name, caseworker, "
                + "first_seen_at, last_seen_at) values (?1, ?2, ?3, ?4, ?6, ?7, ?5, ?5) on conflict (subject) do update set "
                + "institution_id = excluded.institution_id, email = excluded.email, last_seen_at = excluded.last_seen_at, "
                + "display_name = excluded.display_name, caseworker = excluded.caseworker, "
                + "language = case when user_account.language_chosen then user_account.language else excluded.language end "
                + "where user_account.institution_id <> excluded.institution_id or user_account.email is distinct from excluded.email "
                + "or (not user_account.language_chosen and user_account.language <> excluded.language) "
                + "or user_account.display_name is distinct from excluded.display_name or user_account.caseworker <> excluded.caseworker "
                + "or user_account.last_seen_at < excluded.last_seen_at - interval '1 hour'")
                .unwrap(NativeQuery.class)
                .setParameter(1, user.subject())
                .setParameter(2, user.institution())
                .setParameter(3, user.email(), String.class)
                .setParameter(4, user.tokenLanguage().name())
                .setParameter(5, now)
                .setParameter(6, user.displayName(), String.class)
                .setParameter(7, user.caseworker())
                .executeUpdate();
    }

    /** The users of these institutions seen since {@code since} who have an e-mail address; one query. */
    @SuppressWarnings("unchecked")
    public List<UserAccount> activeWithEmail(Collection<UUID> institutions, Instant since) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select subject, institution_id, email, language from user_account "
                + "where institution_id = any(cast(?1 as uuid[])) and last_seen_at >= ?2 and email is not null order by subject")
                .setParameter(1, uuidArray(institutions)).setParameter(2, since).getResultList();
        return rows.stream().map(r -> new UserAccount((String) r[0], (UUID) r[1], (String) r[2], Language.of((String) r[3]))).toList();
    }

    /** Institutions among these with at least one user seen since {@code since} (with or without an address). */
    @SuppressWarnings("unchecked")
    public List<UUID> withActiveUsers(Collection<UUID> institutions, Instant since) {
        if (institutions.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select distinct institution_id from user_account where institution_id = any(cast(?1 as uuid[])) "
                + "and last_seen_at >= ?2").setParameter(1, uuidArray(institutions)).setParameter(2, since).getResultList();
    }

    /** The user's language: chosen, else from the token; empty for a user never seen. */
    public Optional<Language> language(String subject) {
        List<?> found = em.createNativeQuery("select language from user_account where subject = ?1").setParameter(1, subject)
                .getResultList();
        return found.stream().findFirst().map(l -> Language.of((String) l));
    }

    /** The user chose a language for e-mail: it stays until they choose again (the token's no longer counts). */
    public void chooseLanguage(String subject, UUID institution, String email, Language language, Instant now) {
        em.createNativeQuery("insert into user_account (subject, institution_id, email, language, language_chosen, first_seen_at, "
                + "last_seen_at) values (?1, ?2, ?3, ?4, true, ?5, ?5) on conflict (subject) do update set language = excluded.language, "
                + "language_chosen = true")
                .unwrap(NativeQuery.class)
                .setParameter(1, subject)
                .setParameter(2, institution)
                .setParameter(3, email, String.class)
                .setParameter(4, language.name())
                .setParameter(5, now)
                .executeUpdate();
    }

    static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
