package pl.synergia.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * The e-mails, in the recipient's language, pure: what happened (the notification's title, which
 * names no person) and a link to it in the application; the details are behind the login.
 */
public final class MailTexts {

    /** A mail: subject and plain-text body. */
    public record Mail(String subject, String body) {
    }

    /** One line of a digest: the title and the link. */
    public record Line(String title, String link) {
    }

    private static final int SUBJECT_MAX = 200;

    private MailTexts() {
    }

    public static Mail immediate(String title, String link, String appUrl, Language l) {
        boolean pl = l == Language.pl;
        String body = title + "\n\n"
                + (pl ? "Otwórz w Synergii: " : "Open in Synergia: ") + link + "\n\n"
                + footer(appUrl, l);
        return new Mail(subject((pl ? "Synergia: " : "Synergia: ") + title), body);
    }

    public static Mail digest(List<Line> lines, LocalDate day, String appUrl, Language l) {
        StringBuilder body = new StringBuilder(NotificationTexts.digestHeading(lines.size(), day, l)).append("\n\n");
        for (Line line : lines) {
            body.append("- ").append(line.title()).append("\n  ").append(line.link()).append("\n");
        }
        body.append("\n").append(l == Language.pl ? "Wszystkie powiadomienia: " : "All notifications: ").append(appUrl)
                .append("/notifications\n\n").append(footer(appUrl, l));
        return new Mail(subject(NotificationTexts.digestSubject(lines.size(), l)), body.toString());
    }

    private static String footer(String appUrl, Language l) {
        return l == Language.pl
                ? "Ta wiadomość nie zawiera danych osobowych: szczegóły zobaczysz po zalogowaniu.\n"
                        + "Ustawienia powiadomień: " + appUrl + "/notifications/preferences\n\n-- \nSynergia"
                : "This message holds no personal data: you see the details after signing in.\n"
                        + "Notification settings: " + appUrl + "/notifications/preferences\n\n-- \nSynergia";
    }

    private static String subject(String subject) {
        return subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX - 1) + "…";
    }
}
