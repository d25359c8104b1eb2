package pl.synergia.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the queued e-mails over SMTP, safely with any number of backend instances: each mail is
 * taken in a transaction of its own with {@code FOR UPDATE SKIP LOCKED} (two senders never take the
 * same mail), sent, and marked sent in that transaction. A failure is tried again later, waiting
 * twice as long each time (with jitter, up to a limit); after the last try the mail is marked failed.
 * Delivery is at least once: a crash between the SMTP answer and the commit sends that mail again.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    NotificationsConfig config;

    @Inject
    Clock clock;

    @Scheduled(identity = "mail-send", every = "{synergia.notifications.mail.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendPending();
    }

    /** What one run did. */
    public record Run(int sent, int failed) {
    }

    /** Sends what is due now, at most a batch; each mail in its own transaction. */
    public Run sendPending() {
        int sent = 0;
        int failed = 0;
        for (int i = 0; i < config.mail().batchSize(); i++) {
            Boolean ok = QuarkusTransaction.requiringNew().call(this::sendOne);
            if (ok == null) {
                break;
            }
            if (ok) {
                sent++;
            } else {
                failed++;
            }
        }
        return new Run(sent, failed);
    }

    /** The next due mail: true sent, false failed (to be tried again or given up), null when none is due. */
    private Boolean sendOne() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> next = em.createNativeQuery("select id, recipient, subject, body, attempts from mail_outbox where sent_at is null "
                + "and failed_at is null and next_attempt_at <= ?1 order by next_attempt_at, created_at limit 1 for update skip locked")
                .setParameter(1, now).getResultList();
        if (next.isEmpty()) {
            return null;
        }
        Object[] mail = next.get(0);
        UUID id = (UUID) mail[0];
        int attempts = ((Number) mail[4]).intValue() + 1;
        try {
            mailer.send(Mail.withText((String) mail[1], (String) mail[2], (String) mail[3]));
            em.createNativeQuery("update mail_outbox set sent_at = ?2, attempts = ?3, last_error = null where id = ?1")
                    .setParameter(1, id).setParameter(2, clock.instant()).setParameter(3, attempts).executeUpdate();
            return true;
        } catch (RuntimeException e) {
            boolean giveUp = attempts >= config.mail().maxAttempts();
            // the class of the failure only: a message may quote the address
            String error = e.getClass().getName();
            em.createNativeQuery("update mail_outbox set attempts = ?2, last_error = ?3, next_attempt_at = ?4, failed_at = ?5 where id = ?1")
                    .unwrap(NativeQuery.class).setParameter(1, id).setParameter(2, attempts).setParameter(3, error.length() > 200 ? error.substring(0, 200) : error)
                    .setParameter(4, now.plus(backoff(attempts, config.mail().firstBackoff(), config.mail().maxBackoff(),
                            ThreadLocalRandom.current().nextDouble())))
                    .setParameter(5, giveUp ? now : null, Instant.class).executeUpdate();
            LOG.warnf("mail %s not sent (try %d of %d%s): %s", id, attempts, config.mail().maxAttempts(), giveUp ? ", given up" : "", error);
            return false;
        }
    }

    /**
     * How long to wait after the {@code attempts}-th failed try: {@code first} doubled for each try
     * after the first, at most {@code max}, then between half and all of it ({@code jitter} from 0 to 1),
     * so senders that failed together do not retry together.
     */
    static Duration backoff(int attempts, Duration first, Duration max, double jitter) {
        long base = first.toMillis();
        for (int i = 1; i < attempts && base < max.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, max.toMillis());
        return Duration.ofMillis(Math.round(base * (0.5 + jitter / 2)));
    }
}
