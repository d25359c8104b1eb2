package pl.synergia.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import pl.synergia.shared.persistence.AdvisoryLocks;
import pl.synergia.shared.time.PolishTime;

/**
 * The daily digest: every line kept since the last digest, one e-mail per recipient, in the
 * language of their latest line. One run at a time across instances (a transaction-scoped advisory
 * lock; an instance finding it taken skips), and the lines are marked with their mail in the
 * transaction that queues it, so a line is never in two digests.
 */
@ApplicationScoped
public class DigestJob {

    /** Advisory lock key of the digest ("SYNDIGST"). */
    static final long LOCK = 0x53594E4449475354L;

    @Inject
    EntityManager em;

    @Inject
    MailQueue queue;

    @Inject
    NotificationsConfig config;

    @Inject
    Clock clock;

    @Scheduled(identity = "mail-digest", cron = "{synergia.notifications.mail.digest-schedule}", timeZone = PolishTime.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Puts the digests together now; how many were queued (0 when another instance is at it). */
    public int run() {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean locked = AdvisoryLocks.tryForTransaction(em, LOCK);
            if (!locked) {
                return 0;
            }
            Instant now = clock.instant();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, recipient, language, title, link from mail_digest_item "
                    + "where mail_id is null and created_at <= ?1 order by recipient, occurred_at, id").setParameter(1, now).getResultList();
            Map<String, List<Object[]>> byRecipient = new LinkedHashMap<>();
            rows.forEach(r -> byRecipient.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add(r));
            LocalDate today = LocalDate.ofInstant(now, PolishTime.ZONE);
            for (Map.Entry<String, List<Object[]>> digest : byRecipient.entrySet()) {
                List<Object[]> items = digest.getValue();
                Language language = Language.of((String) items.get(items.size() - 1)[2]);
                List<MailTexts.Line> lines = items.stream().map(r -> new MailTexts.Line((String) r[3], (String) r[4])).toList();
                UUID mail = UUID.randomUUID();
                queue.queue(mail, MailQueue.key("digest", items.get(0)[0], digest.getKey()), MailQueue.Kind.DIGEST, digest.getKey(),
                        MailTexts.digest(lines, today, config.appUrl(), language), now);
                em.createNativeQuery("update mail_digest_item set mail_id = ?1 where id = any(cast(?2 as uuid[]))").setParameter(1, mail)
                        .setParameter(2, UserAccounts.uuidArray(items.stream().map(r -> (UUID) r[0]).toList())).executeUpdate();
            }
            return byRecipient.size();
        });
    }
}
