package pl.synergia.notification;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code synergia.notifications.*}: where links in e-mails lead, who mail is from, and how mail is sent. */
@ConfigMapping(prefix = "synergia.notifications")
public interface NotificationsConfig {

    /** The SPA's address, the start of every link in an e-mail (no trailing slash). */
    @WithDefault("http://localhost:5173")
    String appUrl();

    /** Users seen by the API within this period get e-mail; older accounts are treated as gone. */
    @WithDefault("P90D")
    java.time.Period userActiveFor();

    Mail mail();

    interface Mail {
        /** How often the queue of e-mails is sent ({@code off} disables it: tests send themselves). */
        @WithDefault("5s")
        String sendEvery();

        /** E-mails sent per run of the sender. */
        @WithDefault("50")
        int batchSize();

        /** Tries before an e-mail is given up (marked failed). */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failed try; doubled after each further one (with jitter), up to {@link #maxBackoff()}. */
        @WithDefault("PT30S")
        Duration firstBackoff();

        @WithDefault("PT1H")
        Duration maxBackoff();

        /** When the daily digests are put together (Quartz-style cron, Warsaw time); {@code off} disables it. */
        @WithDefault("0 0 7 * * ?")
        String digestSchedule();
    }
}
