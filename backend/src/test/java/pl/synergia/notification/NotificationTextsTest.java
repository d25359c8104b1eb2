package pl.synergia.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import pl.synergia.shared.events.EventType;

/** The words of notifications and e-mails: plurals by the CLDR rules, both languages, no person, every type. */
class NotificationTextsTest {

    private static final UUID OPS = UUID.randomUUID();
    private static final UUID CIS = UUID.randomUUID();
    private static final Map<UUID, String> NAMES = Map.of(OPS, "Miejski Ośrodek Pomocy Społecznej w Legionowie", CIS,
            "Centrum Integracji Społecznej w Wieliszewie");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    @ParameterizedTest
    @CsvSource({ "0,MANY", "1,ONE", "2,FEW", "4,FEW", "5,MANY", "11,MANY", "12,MANY", "14,MANY", "21,MANY", "22,FEW", "24,FEW",
            "25,MANY", "102,FEW", "112,MANY", "1001,MANY" })
    void polishPluralCategoriesFollowTheCldrRules(long n, Plural.Category category) {
        assertEquals(category, Plural.of(Language.pl, n));
    }

    @Test
    void englishHasOneAndOther() {
        assertEquals(Plural.Category.ONE, Plural.of(Language.en, 1));
        assertEquals(Plural.Category.OTHER, Plural.of(Language.en, 0));
        assertEquals(Plural.Category.OTHER, Plural.of(Language.en, 2));
        assertEquals(Plural.Category.OTHER, Plural.of(Language.en, 5));
    }

    @ParameterizedTest
    @CsvSource({ "1,Synergia: 1 nowe powiadomienie", "3,Synergia: 3 nowe powiadomienia", "5,Synergia: 5 nowych powiadomień",
            "12,Synergia: 12 nowych powiadomień", "22,Synergia: 22 nowe powiadomienia" })
    void theDigestSubjectTakesThePolishPlural(long count, String subject) {
        assertEquals(subject, NotificationTexts.digestSubject(count, Language.pl));
    }

    @Test
    void englishDigestAndUnreadCounts() {
        assertEquals("Synergia: 1 new notification", NotificationTexts.digestSubject(1, Language.en));
        assertEquals("Synergia: 4 new notifications", NotificationTexts.digestSubject(4, Language.en));
        assertEquals("3 unread notifications", NotificationTexts.unread(3, Language.en));
        assertEquals("1 nieprzeczytane powiadomienie", NotificationTexts.unread(1, Language.pl));
        assertEquals("3 nieprzeczytane powiadomienia", NotificationTexts.unread(3, Language.pl));
        assertEquals("7 nieprzeczytanych powiadomień", NotificationTexts.unread(7, Language.pl));
    }

    @ParameterizedTest
    @CsvSource({ "0,dziś,today", "1,jutro,tomorrow", "-1,wczoraj,yesterday", "2,za 2 dni,in 2 days", "5,za 5 dni,in 5 days",
            "-3,3 dni temu,3 days ago", "-22,22 dni temu,22 days ago", "60,za 60 dni,in 60 days" })
    void daysAreSaidRelativeToTheEvent(long days, String polish, String english) {
        assertEquals(polish, NotificationTexts.relative(DAY.plusDays(days), DAY, Language.pl));
        assertEquals(english, NotificationTexts.relative(DAY.plusDays(days), DAY, Language.en));
    }

    private static String title(EventType type, UUID recipient, Map<String, String> data, Language language) {
        return NotificationTexts.title(new NotificationTexts.Facts(type, data, DAY, recipient, NAMES::get), language);
    }

    @Test
    void aReferralSaysWhoSentOrAnsweredItWithoutAVerbThatAgreesWithTheInstitution() {
        Map<String, String> referral = Map.of("fromInstitutionId", OPS.toString(), "toInstitutionId", CIS.toString(),
                "responseDue", DAY.minusDays(3).toString());
        assertEquals("Nowe skierowanie do Twojej instytucji od: Miejski Ośrodek Pomocy Społecznej w Legionowie",
                title(EventType.REFERRAL_SENT, CIS, referral, Language.pl));
        assertEquals("New referral for your institution from Miejski Ośrodek Pomocy Społecznej w Legionowie",
                title(EventType.REFERRAL_SENT, CIS, referral, Language.en));
        assertEquals("Skierowanie przyjęte przez: Centrum Integracji Społecznej w Wieliszewie",
                title(EventType.REFERRAL_ACCEPTED, OPS, referral, Language.pl));
        assertEquals("Skierowanie czeka na odpowiedź Twojej instytucji: termin minął 3 dni temu",
                title(EventType.REFERRAL_OVERDUE, CIS, referral, Language.pl));
        assertEquals("Skierowanie bez odpowiedzi od: Centrum Integracji Społecznej w Wieliszewie; termin minął 3 dni temu",
                title(EventType.REFERRAL_OVERDUE, OPS, referral, Language.pl));
        Map<String, String> oneDay = new HashMap<>(referral);
        oneDay.put("responseDue", DAY.minusDays(1).toString());
        assertEquals("A referral awaits your institution's answer: the answer was due 1 day ago",
                title(EventType.REFERRAL_OVERDUE, CIS, oneDay, Language.en));
    }

    @Test
    void aStatusExpiringIsTheReadersOwnOrTheOneItRuns() {
        Map<String, String> status = Map.of("institutionId", CIS.toString(), "statusKind", "CIS_STATUS", "validTo", DAY.plusDays(22).toString());
        assertEquals("Status centrum integracji społecznej Twojej instytucji wygasa za 22 dni (1 kwietnia 2027)",
                title(EventType.INSTITUTION_STATUS_EXPIRING, CIS, status, Language.pl));
        assertEquals("Status centrum integracji społecznej instytucji Centrum Integracji Społecznej w Wieliszewie wygasa za 22 dni "
                + "(1 kwietnia 2027)", title(EventType.INSTITUTION_STATUS_EXPIRING, OPS, status, Language.pl));
        assertEquals("Your institution's social-integration centre (CIS) status expires in 22 days (1 April 2027)",
                title(EventType.INSTITUTION_STATUS_EXPIRING, CIS, status, Language.en));
        assertEquals("Minął termin ważności: status centrum integracji społecznej Twojej instytucji (1 kwietnia 2027)",
                title(EventType.INSTITUTION_STATUS_EXPIRED, CIS, status, Language.pl));
    }

    @Test
    void theTeamAndThePartnershipTextsDependOnWhoReads() {
        Map<String, String> team = Map.of("institutionId", CIS.toString(), "leadInstitutionId", OPS.toString());
        assertEquals("Twoja instytucja dołączyła do zespołu planu działania", title(EventType.PLAN_TEAM_MEMBER_ADDED, CIS, team, Language.pl));
        assertEquals("Do zespołu planu działania dołączyła instytucja: Centrum Integracji Społecznej w Wieliszewie",
                title(EventType.PLAN_TEAM_MEMBER_ADDED, OPS, team, Language.pl));
        assertEquals("Zaproszenie Twojej instytucji do porozumienia: Pakt na rzecz Modelu Lokalnej Współpracy",
                title(EventType.PARTNERSHIP_INVITATION, CIS, Map.of("kind", "PACT", "institutionId", CIS.toString()), Language.pl));
        assertEquals("Porozumienie rozwiązane: mniej niż trzech sygnatariuszy (Pakt na rzecz Modelu Lokalnej Współpracy)",
                title(EventType.PARTNERSHIP_DISSOLVED, CIS, Map.of("kind", "PACT", "automatic", "true"), Language.pl));
        assertEquals("Do porozumienia przystąpiła osoba prywatna: Pakt na rzecz Modelu Lokalnej Współpracy",
                title(EventType.PARTNERSHIP_JOINED, OPS, Map.of("kind", "PACT", "privatePerson", "true"), Language.pl));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeHasATextInBothLanguages(EventType type) {
        Map<String, String> data = Map.of("fromInstitutionId", OPS.toString(), "toInstitutionId", CIS.toString(), "institutionId",
                CIS.toString(), "responseDue", DAY.minusDays(2).toString(), "dueOn", DAY.plusDays(4).toString(), "validTo",
                DAY.plusDays(30).toString(), "statusKind", "ZAZ_STATUS", "kind", "COOPERATION_AGREEMENT");
        for (Language language : Language.values()) {
            String text = title(type, CIS, data, language);
            assertFalse(text.isBlank());
            assertFalse(text.contains("null"), text);
            assertFalse(text.contains("{"), text);
            assertTrue(Character.isUpperCase(text.charAt(0)), text);
        }
    }

    @Test
    void anUnknownInstitutionIsSaidSo() {
        assertEquals("Nowe skierowanie do Twojej instytucji od: instytucja spoza katalogu",
                title(EventType.REFERRAL_SENT, CIS, Map.of("fromInstitutionId", UUID.randomUUID().toString()), Language.pl));
    }

    @Test
    void anEmailSaysWhatHappenedAndLinksToIt() {
        MailTexts.Mail mail = MailTexts.immediate("Nowe skierowanie do Twojej instytucji od: MOPS", "http://app/referrals/1",
                "http://app", Language.pl);
        assertEquals("Synergia: Nowe skierowanie do Twojej instytucji od: MOPS", mail.subject());
        assertTrue(mail.body().contains("Otwórz w Synergii: http://app/referrals/1"));
        assertTrue(mail.body().contains("http://app/notifications/preferences"));
        MailTexts.Mail digest = MailTexts.digest(java.util.List.of(new MailTexts.Line("A", "http://app/a"),
                new MailTexts.Line("B", "http://app/b")), DAY, "http://app", Language.pl);
        assertEquals("Synergia: 2 nowe powiadomienia", digest.subject());
        assertTrue(digest.body().startsWith("Podsumowanie z 10 marca 2027: 2 nowe powiadomienia."), digest.body());
        assertTrue(digest.body().contains("- A\n  http://app/a\n- B\n  http://app/b\n"));
    }

    @Test
    void languagesComeFromTheHeaderOrTheToken() {
        assertEquals(Language.en, Language.fromAcceptLanguage("en-GB,en;q=0.9,pl;q=0.8"));
        assertEquals(Language.pl, Language.fromAcceptLanguage("de-DE, pl;q=0.5"));
        assertEquals(Language.pl, Language.fromAcceptLanguage(null));
        assertEquals(Language.pl, Language.fromAcceptLanguage("fr"));
        assertEquals(Language.en, Language.of("en"));
        assertEquals(Language.pl, Language.of(null));
    }

    @Test
    void aFailedMailWaitsTwiceAsLongEachTimeWithJitterUpToTheLimit() {
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(30), MailSender.backoff(1, first, max, 1.0));
        assertEquals(Duration.ofSeconds(15), MailSender.backoff(1, first, max, 0));
        assertEquals(Duration.ofSeconds(60), MailSender.backoff(2, first, max, 1.0));
        assertEquals(Duration.ofSeconds(240), MailSender.backoff(4, first, max, 1.0));
        assertEquals(Duration.ofHours(1), MailSender.backoff(20, first, max, 1.0));
        assertEquals(Duration.ofMinutes(30), MailSender.backoff(20, first, max, 0));
    }

    @Test
    void preferencesFallBackFromTheUserToTheInstitutionToThePlatform() {
        Map<EventType, Preference> institution = Map.of(EventType.REFERRAL_SENT, new Preference(EventType.REFERRAL_SENT, true, EmailMode.DIGEST),
                EventType.PLAN_ENDING, new Preference(EventType.PLAN_ENDING, false, EmailMode.OFF));
        Map<EventType, Preference> user = Map.of(EventType.PLAN_ENDING, new Preference(EventType.PLAN_ENDING, true, EmailMode.IMMEDIATE));
        Map<EventType, Preference> effective = Preferences.effective(user, institution);
        assertEquals(EmailMode.DIGEST, effective.get(EventType.REFERRAL_SENT).email(), "the institution's default");
        assertEquals(EmailMode.IMMEDIATE, effective.get(EventType.PLAN_ENDING).email(), "the user's own choice");
        assertEquals(Preferences.platformDefault(EventType.REFERRAL_ACCEPTED), effective.get(EventType.REFERRAL_ACCEPTED));
        assertEquals(EmailMode.IMMEDIATE, Preferences.platformDefault(EventType.REFERRAL_ACCEPTED).email());
        assertEquals(EmailMode.DIGEST, Preferences.platformDefault(EventType.PARTNERSHIP_JOINED).email());
        assertFalse(Preferences.platformDefault(EventType.OFFERING_CHANGED).inApp());
        assertEquals(EventType.values().length, effective.size());
        assertEquals(EventType.values().length, Preferences.ofInstitution(institution).size());
    }
}
