package pl.synergia.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

/** Writes to the mail queue and to the lines awaiting a digest, each once per key (an event handed over again queues nothing twice). */
@ApplicationScoped
public class MailQueue {

    public enum Kind {
        IMMEDIATE, DIGEST
    }

    @Inject
    EntityManager em;

    /** Queues a mail unless one with this key was queued; true when queued now. */
    public boolean queue(String dedupKey, Kind kind, String recipient, MailTexts.Mail mail, Instant now) {
        return queue(UUID.randomUUID(), dedupKey, kind, recipient, mail, now);
    }

    /** Queues a mail with this id unless one with this key was queued; true when queued now. */
    public boolean queue(UUID id, String dedupKey, Kind kind, String recipient, MailTexts.Mail mail, Instant now) {
        return em.createNativeQuery("insert into mail_outbox (id, dedup_key, kind, recipient, subject, body, created_at, next_attempt_at) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) on conflict (dedup_key) do nothing")
                .unwrap(NativeQuery.class)
                .setParameter(1, id)
                .setParameter(2, dedupKey)
                .setParameter(3, kind.name())
                .setParameter(4, recipient)
                .setParameter(5, mail.subject())
                .setParameter(6, mail.body())
                .setParameter(7, now)
                .executeUpdate() == 1;
    }

    /** Keeps a line for the recipient's next digest, unless one with this key is kept already. */
    public void digestLine(String dedupKey, String recipient, Language language, String title, String link, Instant occurredAt,
            Instant now) {
        em.createNativeQuery("insert into mail_digest_item (id, dedup_key, recipient, language, title, link, occurred_at, created_at) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (dedup_key) do nothing")
                .unwrap(NativeQuery.class)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, dedupKey)
                .setParameter(3, recipient)
                .setParameter(4, language.name())
                .setParameter(5, title)
                .setParameter(6, link)
                .setParameter(7, occurredAt)
                .setParameter(8, now)
                .executeUpdate();
    }

    /** A key for "this thing to this address": the address hashed, so keys stay short whatever its length. */
    static String key(String prefix, Object what, String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(address.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return prefix + ":" + what + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
