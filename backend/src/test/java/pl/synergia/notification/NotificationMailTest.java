package pl.synergia.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.plan.PlanApi;
import pl.synergia.shared.events.EventDispatcher;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.GreenMailResource;
import pl.synergia.testsupport.TestClock;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * E-mail through a real SMTP server (GreenMail, read back by the test): a user of the institution
 * told of an event gets one mail that says what happened and links to it, in their language, and
 * holds no PESEL, name or message of the person; an institution nobody uses yet gets it at its
 * directory address; the daily digest gathers the rest; sending is retried with backoff and given
 * up after the last try; two senders never send one mail twice.
 */
@QuarkusTest
class NotificationMailTest {

    @Inject
    TestData data;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    MailSender sender;

    @Inject
    DigestJob digest;

    @Inject
    MailQueue queue;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    NotificationsConfig config;

    private Institution ops;
    private Institution cis;
    private String lastName;
    private String pesel;
    private String message;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("Centrum Integracji Społecznej"))
                .email("cis-" + UUID.randomUUID() + "@cis.example.org").create();
    }

    @AfterEach
    void serverUpAndClockBack() {
        clock.reset();
        if (!greenMail().isRunning()) {
            greenMail().start();
        }
    }

    private static GreenMail greenMail() {
        return GreenMailResource.greenMail();
    }

    /** A person of the CIS who has used the platform (recorded from their token); their address. */
    private String cisUser(String name, String language) {
        String login = name + "-" + UUID.randomUUID();
        String token = Tokens.user(login).roles("staff").institution(cis.id).sign();
        given().auth().oauth2(token).when().get("/api/v1/notifications/unread-count").then().statusCode(200);
        if (language != null) {
            given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("language", language, "followsInstitution", true))
                    .when().put("/api/v1/notification-preferences/me").then().statusCode(200);
        }
        return login + "@example.org";
    }

    private String referral() {
        lastName = TestData.unique("Grzybowska").replace(" ", "");
        pesel = PlanApi.pesel();
        message = "Prosimy przyjąć panią " + lastName + " (PESEL " + pesel + ")";
        String client = PlanApi.registerClient(ops, "Krystyna", lastName, pesel, true);
        PlanApi.share(ops, client, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "CIS");
        String plan = PlanApi.createPlan(ops, client, "Plan dla " + lastName, List.of("Praca"), List.of());
        String referral = PlanApi.refer(ops, plan, cis, message);
        dispatcher.drain();
        return referral;
    }

    /** Sends everything due now (the whole run's queue may be waiting). */
    private void sendAll() {
        MailSender.Run run;
        do {
            run = sender.sendPending();
        } while (run.sent() + run.failed() > 0);
    }

    private static List<MimeMessage> to(String address) {
        return List.of(greenMail().getReceivedMessagesForDomain(address));
    }

    /** The decoded text of a mail (the mailer sends plain text, quoted-printable). */
    private static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(mail);
    }

    private void assertNothingPersonal(MimeMessage mail) throws Exception {
        String all = mail.getSubject() + "\n" + text(mail);
        for (String secret : List.of(lastName, "Krystyna", pesel, message, "Plan dla")) {
            assertFalse(all.contains(secret), "the e-mail holds '" + secret + "': " + all);
        }
    }

    @Test
    void theReceiverGetsOneMailThatSaysWhatHappenedAndLinksToItWithoutThePerson() throws Exception {
        String anna = cisUser("anna", null);
        String john = cisUser("john", "en");
        String referral = referral();
        sendAll();
        sendAll();

        List<MimeMessage> mails = to(anna);
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        assertEquals("Synergia: Nowe skierowanie do Twojej instytucji od: " + ops.name, mail.getSubject());
        assertEquals(anna, mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertTrue(mail.getFrom()[0].toString().contains("powiadomienia@synergia.example"));
        String body = text(mail);
        assertTrue(body.contains(config.appUrl() + "/referrals/" + referral), body);
        assertTrue(body.contains("nie zawiera danych osobowych"), body);
        assertNothingPersonal(mail);

        MimeMessage english = to(john).get(0);
        assertEquals("Synergia: New referral for your institution from " + ops.name, english.getSubject());
        assertNothingPersonal(english);

        assertTrue(to(cis.email).isEmpty(), "the CIS has users: its directory address gets nothing");
        assertTrue(to("staff-" + ops.id + "@example.org").isEmpty(), "the OPS sent it: it gets no mail about its own act");

        given().auth().oauth2(Tokens.user("anna-x").roles("staff").institution(cis.id).sign()).when()
                .post("/api/v1/referrals/" + referral + "/acceptance").then().statusCode(200);
        dispatcher.drain();
        sendAll();
        List<MimeMessage> accepted = to("staff-" + ops.id + "@example.org");
        assertEquals(1, accepted.size());
        assertEquals("Synergia: Skierowanie przyjęte przez: " + cis.name, accepted.get(0).getSubject());
        assertNothingPersonal(accepted.get(0));
    }

    @Test
    void anInstitutionNobodyUsesYetIsWrittenToAtItsDirectoryAddress() throws Exception {
        String referral = referral();
        sendAll();
        List<MimeMessage> mails = to(cis.email);
        assertEquals(1, mails.size());
        assertTrue(text(mails.get(0)).contains("/referrals/" + referral));
        assertNothingPersonal(mails.get(0));
    }

    @Test
    void theDigestGathersWhatTheUserWantsOnceADayAndOffMeansNothing() throws Exception {
        String login = "dorota-" + UUID.randomUUID();
        String token = Tokens.user(login).roles("staff").institution(cis.id).sign();
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("language", "pl", "followsInstitution", false, "items", List.of(
                        Map.of("type", "REFERRAL_SENT", "inApp", true, "email", "DIGEST"),
                        Map.of("type", "REFERRAL_WITHDRAWN", "inApp", true, "email", "OFF"))))
                .when().put("/api/v1/notification-preferences/me").then().statusCode(200);
        String address = login + "@example.org";
        String first = referral();
        String second = referral();
        given().auth().oauth2(PlanApi.staff(ops)).when().post("/api/v1/referrals/" + first + "/withdrawal").then().statusCode(200);
        dispatcher.drain();
        sendAll();
        assertTrue(to(address).isEmpty(), "nothing at once");

        assertTrue(digest.run() >= 1);
        assertEquals(0, digest.run(), "every line is in one digest only");
        sendAll();
        List<MimeMessage> mails = to(address);
        assertEquals(1, mails.size());
        assertEquals("Synergia: 2 nowe powiadomienia", mails.get(0).getSubject());
        String body = text(mails.get(0));
        assertTrue(body.contains(": 2 nowe powiadomienia."), body);
        assertTrue(body.contains("/referrals/" + first) && body.contains("/referrals/" + second), body);
        assertFalse(body.contains("wycofane"), "withdrawals are off for this user");
        assertNothingPersonal(mails.get(0));
    }

    private Object[] row(UUID mail) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("select attempts, next_attempt_at, sent_at, "
                + "failed_at, last_error from mail_outbox where id = ?1").setParameter(1, mail).getSingleResult());
    }

    private UUID queued(String recipient) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> queue.queue(id, "test:" + id, MailQueue.Kind.IMMEDIATE, recipient,
                new MailTexts.Mail("Synergia: próba", "Treść próby"), Instant.now()));
        return id;
    }

    @Test
    void aFailedMailIsTriedAgainLaterAndGivenUpAfterTheLastTry() throws Exception {
        sendAll();
        String recipient = "retry-" + UUID.randomUUID() + "@example.org";
        UUID mail = queued(recipient);
        greenMail().stop();
        sendAll();
        Object[] failed = row(mail);
        assertEquals(1, ((Number) failed[0]).intValue());
        assertNull(failed[2]);
        assertNull(failed[3]);
        assertNotNull(failed[4], "the failure's class is kept");
        Instant retryAt = (Instant) failed[1];
        assertTrue(retryAt.isAfter(Instant.now().plusSeconds(10)), "waits before the next try");

        greenMail().start();
        sendAll();
        assertTrue(to(recipient).isEmpty(), "not tried again before its time");
        clock.set(retryAt.plusSeconds(1));
        sendAll();
        assertEquals(1, to(recipient).size());
        assertNotNull(row(mail)[2]);

        String doomed = "doomed-" + UUID.randomUUID() + "@example.org";
        UUID last = queued(doomed);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update mail_outbox set attempts = ?2 where id = ?1")
                .setParameter(1, last).setParameter(2, config.mail().maxAttempts() - 1).executeUpdate());
        greenMail().stop();
        sendAll();
        greenMail().start();
        Object[] givenUp = row(last);
        assertEquals(config.mail().maxAttempts(), ((Number) givenUp[0]).intValue());
        assertNotNull(givenUp[3], "given up after the last try");
        clock.set(Instant.now().plus(2, ChronoUnit.DAYS));
        sendAll();
        assertTrue(to(doomed).isEmpty());
    }

    @Test
    void twoSendersNeverSendOneMailTwice() throws Exception {
        sendAll();
        String recipient = "parallel-" + UUID.randomUUID() + "@example.org";
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(queued(recipient));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Object>> senders = List.of(() -> {
                sendAll();
                return null;
            }, () -> {
                sendAll();
                return null;
            }, () -> {
                sendAll();
                return null;
            });
            for (Future<Object> done : pool.invokeAll(senders)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(30, to(recipient).size());
        Set<Object> sent = ids.stream().map(id -> row(id)[2]).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        assertEquals(30, ids.stream().filter(id -> row(id)[2] != null).count());
        assertFalse(sent.isEmpty());
        assertTrue(ids.stream().allMatch(id -> ((Number) row(id)[0]).intValue() == 1), "each sent on its first and only try");
    }
}
