package pl.synergia.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import pl.synergia.shared.events.EventType;

/**
 * The words of a notification, in Polish and English, from what an event carries (ids, codes and
 * dates) and the names of institutions (public directory data). Never a person: a notification says
 * "a new referral for your institution", and the link leads to it behind the login. The same text
 * is shown in the application and sent by e-mail. Polish sentences are built so that no verb
 * agrees with an institution's grammatical gender ("przyjęte przez: …", "dołączyła instytucja: …").
 * Pure: tested without the application.
 */
public final class NotificationTexts {

    private static final DateTimeFormatter PL_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Language.pl.locale());
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Language.en.locale());

    /** What a text is made of: the event, the day it happened (Warsaw), the institution reading it and how institutions are named. */
    public record Facts(EventType type, Map<String, String> data, LocalDate occurredOn, UUID recipient,
            Function<UUID, String> institutionName) {
    }

    private NotificationTexts() {
    }

    /** The one-sentence title of the notification. */
    public static String title(Facts f, Language l) {
        boolean pl = l == Language.pl;
        return switch (f.type()) {
            case REFERRAL_SENT -> pl ? "Nowe skierowanie do Twojej instytucji od: " + name(f, "fromInstitutionId", l)
                    : "New referral for your institution from " + name(f, "fromInstitutionId", l);
            case REFERRAL_ACCEPTED -> pl ? "Skierowanie przyjęte przez: " + name(f, "toInstitutionId", l)
                    : "Referral accepted by " + name(f, "toInstitutionId", l);
            case REFERRAL_REJECTED -> pl ? "Skierowanie odrzucone przez: " + name(f, "toInstitutionId", l)
                    : "Referral rejected by " + name(f, "toInstitutionId", l);
            case REFERRAL_COMPLETED -> pl ? "Skierowanie zrealizowane przez: " + name(f, "toInstitutionId", l)
                    : "Referral completed by " + name(f, "toInstitutionId", l);
            case REFERRAL_WITHDRAWN -> pl ? "Skierowanie do Twojej instytucji wycofane przez: " + name(f, "fromInstitutionId", l)
                    : "A referral to your institution was withdrawn by " + name(f, "fromInstitutionId", l);
            case REFERRAL_OVERDUE -> overdue(f, l);
            case PLAN_TEAM_MEMBER_ADDED -> isRecipient(f, "institutionId")
                    ? (pl ? "Twoja instytucja dołączyła do zespołu planu działania" : "Your institution joined the team of an action plan")
                    : (pl ? "Do zespołu planu działania dołączyła instytucja: " + name(f, "institutionId", l)
                            : "An institution joined the team of an action plan: " + name(f, "institutionId", l));
            case PLAN_TEAM_MEMBER_REMOVED -> isRecipient(f, "institutionId")
                    ? (pl ? "Twoja instytucja nie należy już do zespołu planu działania" : "Your institution left the team of an action plan")
                    : (pl ? "Z zespołu planu działania odeszła instytucja: " + name(f, "institutionId", l)
                            : "An institution left the team of an action plan: " + name(f, "institutionId", l));
            case PLAN_STEP_ASSIGNED -> pl ? "Nowe działanie Twojej instytucji w planie działania"
                    : "A new action of your institution in an action plan";
            case PLAN_CONTACT_DUE -> pl ? "Termin kontaktu z osobą w planie (co 30 dni): " + when(f, "dueOn", l)
                    : "Contact with the person in an action plan (every 30 days) due " + when(f, "dueOn", l);
            case PLAN_STEP_ENDING -> pl ? "Termin zakończenia działania w planie: " + when(f, "dueOn", l)
                    : "An action in an action plan ends " + when(f, "dueOn", l);
            case PLAN_ENDING -> pl ? "Koniec okresu planu działania: " + when(f, "dueOn", l)
                    : "The period of an action plan ends " + when(f, "dueOn", l);
            case INSTITUTION_UPDATED -> isRecipient(f, "institutionId")
                    ? (pl ? "Zmieniono wpis Twojej instytucji w katalogu" : "Your institution's directory entry was changed")
                    : (pl ? "Zmieniono wpis w katalogu: " + name(f, "institutionId", l)
                            : "Directory entry changed: " + name(f, "institutionId", l));
            case OFFERING_CHANGED -> isRecipient(f, "institutionId")
                    ? (pl ? "Zmieniono ofertę usług Twojej instytucji" : "Your institution's offering of services was changed")
                    : (pl ? "Zmieniono ofertę usług: " + name(f, "institutionId", l)
                            : "Offering of services changed: " + name(f, "institutionId", l));
            case INSTITUTION_STATUS_EXPIRING -> pl
                    ? capitalise(status(f, l)) + " " + whose(f, l) + " wygasa " + when(f, "validTo", l) + " (" + date(f, "validTo", l) + ")"
                    : capitalise(whose(f, l)) + " " + status(f, l) + " expires " + when(f, "validTo", l) + " (" + date(f, "validTo", l) + ")";
            case INSTITUTION_STATUS_EXPIRED -> pl
                    ? "Minął termin ważności: " + status(f, l) + " " + whose(f, l) + " (" + date(f, "validTo", l) + ")"
                    : capitalise(whose(f, l)) + " " + status(f, l) + " expired on " + date(f, "validTo", l);
            case PARTNERSHIP_INVITATION -> pl ? "Zaproszenie Twojej instytucji do porozumienia: " + kind(f, l)
                    : "Your institution is invited to a partnership: " + kind(f, l);
            case PARTNERSHIP_JOINED -> "true".equals(f.data().get("privatePerson"))
                    ? (pl ? "Do porozumienia przystąpiła osoba prywatna: " + kind(f, l) : "A private person joined a partnership: " + kind(f, l))
                    : (pl ? "Do porozumienia przystąpiła instytucja: " + name(f, "institutionId", l)
                            : "An institution joined a partnership: " + name(f, "institutionId", l));
            case PARTNERSHIP_WITHDRAWAL -> isRecipient(f, "institutionId")
                    ? (pl ? "Twoja instytucja wystąpiła z porozumienia: " + kind(f, l) : "Your institution withdrew from a partnership: " + kind(f, l))
                    : "true".equals(f.data().get("privatePerson"))
                            ? (pl ? "Z porozumienia wystąpiła osoba prywatna: " + kind(f, l) : "A private person withdrew from a partnership: " + kind(f, l))
                            : (pl ? "Z porozumienia wystąpiła instytucja: " + name(f, "institutionId", l)
                                    : "An institution withdrew from a partnership: " + name(f, "institutionId", l));
            case PARTNERSHIP_DISSOLVED -> "true".equals(f.data().get("automatic"))
                    ? (pl ? "Porozumienie rozwiązane: mniej niż trzech sygnatariuszy (" + kind(f, l) + ")"
                            : "Partnership dissolved: fewer than three signatories (" + kind(f, l) + ")")
                    : (pl ? "Porozumienie rozwiązane: " + kind(f, l) : "Partnership dissolved: " + kind(f, l));
            case RECOMMENDATION_ISSUED -> "POWIAT".equals(f.data().get("level"))
                    ? (pl ? "Nowa rekomendacja regionu dla Twojego powiatu od: " + name(f, "issuerInstitutionId", l)
                            : "A new recommendation of the region for your powiat from " + name(f, "issuerInstitutionId", l))
                    : (pl ? "Nowa rekomendacja regionu dla Twojej gminy od: " + name(f, "issuerInstitutionId", l)
                            : "A new recommendation of the region for your gmina from " + name(f, "issuerInstitutionId", l));
            case RECOMMENDATION_ACKNOWLEDGED -> pl ? "Rekomendacja przyjęta do wiadomości przez: " + name(f, "actorInstitutionId", l)
                    : "Recommendation acknowledged by " + name(f, "actorInstitutionId", l);
            case RECOMMENDATION_CLOSED -> "DECLINED".equals(f.data().get("status"))
                    ? (pl ? "Rekomendacja odrzucona przez: " + name(f, "actorInstitutionId", l)
                            : "Recommendation declined by " + name(f, "actorInstitutionId", l))
                    : (pl ? "Rekomendacja wdrożona przez: " + name(f, "actorInstitutionId", l)
                            : "Recommendation implemented by " + name(f, "actorInstitutionId", l));
        };
    }

    /** Subject of a daily digest of {@code count} notifications, with the plural the count takes. */
    public static String digestSubject(long count, Language l) {
        return l == Language.pl
                ? "Synergia: " + count + " " + Plural.choose(l, count, "nowe powiadomienie", "nowe powiadomienia", "nowych powiadomień")
                : "Synergia: " + Plural.count(l, count, "new notification", "new notifications", "new notifications");
    }

    /** Heading of a daily digest of {@code count} notifications. */
    public static String digestHeading(long count, LocalDate day, Language l) {
        return l == Language.pl
                ? "Podsumowanie z " + format(day, l) + ": " + count + " "
                        + Plural.choose(l, count, "nowe powiadomienie", "nowe powiadomienia", "nowych powiadomień") + "."
                : "Summary of " + format(day, l) + ": " + Plural.count(l, count, "new notification", "new notifications",
                        "new notifications") + ".";
    }

    /** Unread notifications, as the bell names them ("3 nieprzeczytane powiadomienia"). */
    public static String unread(long count, Language l) {
        return l == Language.pl
                ? count + " " + Plural.choose(l, count, "nieprzeczytane powiadomienie", "nieprzeczytane powiadomienia",
                        "nieprzeczytanych powiadomień")
                : Plural.count(l, count, "unread notification", "unread notifications", "unread notifications");
    }

    /** How a day relates to the day of the event: "za 3 dni", "dziś", "2 dni temu"; "in 3 days", "today", "2 days ago". */
    static String relative(LocalDate day, LocalDate from, Language l) {
        long days = ChronoUnit.DAYS.between(from, day);
        boolean pl = l == Language.pl;
        if (days == 0) {
            return pl ? "dziś" : "today";
        }
        if (days == 1) {
            return pl ? "jutro" : "tomorrow";
        }
        if (days == -1) {
            return pl ? "wczoraj" : "yesterday";
        }
        String count = Plural.count(l, Math.abs(days), pl ? "dzień" : "day", pl ? "dni" : "days", pl ? "dni" : "days");
        return days > 0 ? (pl ? "za " + count : "in " + count) : (pl ? count + " temu" : count + " ago");
    }

    static String format(LocalDate day, Language l) {
        return (l == Language.pl ? PL_DATE : EN_DATE).format(day);
    }

    private static String overdue(Facts f, Language l) {
        LocalDate due = LocalDate.parse(f.data().get("responseDue"));
        long days = Math.max(1, ChronoUnit.DAYS.between(due, f.occurredOn()));
        String late = Plural.count(l, days, l == Language.pl ? "dzień" : "day", l == Language.pl ? "dni" : "days",
                l == Language.pl ? "dni" : "days");
        if (isRecipient(f, "toInstitutionId")) {
            return l == Language.pl ? "Skierowanie czeka na odpowiedź Twojej instytucji: termin minął " + late + " temu"
                    : "A referral awaits your institution's answer: the answer was due " + late + " ago";
        }
        return l == Language.pl ? "Skierowanie bez odpowiedzi od: " + name(f, "toInstitutionId", l) + "; termin minął " + late + " temu"
                : "No answer to a referral from " + name(f, "toInstitutionId", l) + ": it was due " + late + " ago";
    }

    private static boolean isRecipient(Facts f, String key) {
        return f.recipient() != null && f.recipient().toString().equals(f.data().get(key));
    }

    private static String name(Facts f, String key, Language l) {
        String id = f.data().get(key);
        String name = id == null ? null : f.institutionName().apply(UUID.fromString(id));
        return name != null ? name : (l == Language.pl ? "instytucja spoza katalogu" : "an institution not in the directory");
    }

    private static String when(Facts f, String key, Language l) {
        return relative(LocalDate.parse(f.data().get(key)), f.occurredOn(), l);
    }

    private static String date(Facts f, String key, Language l) {
        return format(LocalDate.parse(f.data().get(key)), l);
    }

    /** Whose status: the reader's own institution, or the one it runs. */
    private static String whose(Facts f, Language l) {
        if (isRecipient(f, "institutionId")) {
            return l == Language.pl ? "Twojej instytucji" : "your institution's";
        }
        return l == Language.pl ? "instytucji " + name(f, "institutionId", l) : name(f, "institutionId", l) + "'s";
    }

    private static String status(Facts f, Language l) {
        String kind = f.data().getOrDefault("statusKind", "");
        boolean pl = l == Language.pl;
        return switch (kind) {
            case "CIS_STATUS" -> pl ? "status centrum integracji społecznej" : "social-integration centre (CIS) status";
            case "KIS_REGISTER" -> pl ? "wpis klubu integracji społecznej do rejestru" : "social-integration club (KIS) register entry";
            case "ZAZ_STATUS" -> pl ? "status zakładu aktywności zawodowej" : "vocational-activity establishment (ZAZ) status";
            case "OWES_ACCREDITATION" -> pl ? "akredytacja ośrodka wsparcia ekonomii społecznej" : "social-economy support centre (OWES) accreditation";
            default -> pl ? "status urzędowy" : "official status";
        };
    }

    private static String kind(Facts f, Language l) {
        boolean pl = l == Language.pl;
        return "COOPERATION_AGREEMENT".equals(f.data().get("kind"))
                ? (pl ? "porozumienie o współpracy OPS, PUP i organizacji pozarządowej" : "cooperation agreement of the OPS, PUP and an NGO")
                : (pl ? "Pakt na rzecz Modelu Lokalnej Współpracy" : "Pact for the Local Cooperation Model");
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
