package pl.synergia.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import pl.synergia.shared.events.EventChannel;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.events.PublishedEvent;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.time.PolishTime;

/**
 * The e-mail channel: for each institution told of an event ({@link Recipients}), each of its users
 * seen lately with an address gets what their preference says for the type (an e-mail at once, a
 * line in the daily digest, or nothing); an institution nobody uses the platform for yet gets it at
 * the contact address of its directory entry, as the institution's defaults say. Nothing leaves
 * here: mails are queued ({@link MailQueue}) and sent by {@link MailSender}. Idempotent (dedup keys).
 * Read in a fixed number of queries per batch: users, preferences, names, contact addresses.
 */
@ApplicationScoped
public class EmailChannel implements EventChannel {

    @Inject
    UserAccounts accounts;

    @Inject
    PreferenceStore preferences;

    @Inject
    InstitutionLookup institutions;

    @Inject
    MailQueue queue;

    @Inject
    NotificationsConfig config;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void deliver(List<PublishedEvent> batch) {
        Instant now = clock.instant();
        Map<PublishedEvent, Set<UUID>> told = new HashMap<>();
        Set<UUID> all = new LinkedHashSet<>();
        Set<UUID> named = new HashSet<>();
        for (PublishedEvent event : batch) {
            Set<UUID> recipients = Recipients.of(event);
            told.put(event, recipients);
            all.addAll(recipients);
            NotificationService.INSTITUTION_KEYS.forEach(key -> Optional.ofNullable(event.data().get(key)).map(UUID::fromString)
                    .ifPresent(named::add));
        }
        if (all.isEmpty()) {
            return;
        }
        Instant since = now.atZone(PolishTime.ZONE).minus(config.userActiveFor()).toInstant();
        Map<UUID, List<UserAccount>> users = new HashMap<>();
        accounts.activeWithEmail(all, since).forEach(u -> users.computeIfAbsent(u.institutionId(), k -> new java.util.ArrayList<>()).add(u));
        Set<UUID> inUse = new HashSet<>(accounts.withActiveUsers(all, since));
        Map<UUID, Map<EventType, Preference>> institutionPrefs = preferences.ofInstitutions(all);
        Map<String, Map<EventType, Preference>> userPrefs = preferences.ofUsers(
                users.values().stream().flatMap(List::stream).map(UserAccount::subject).toList());
        Set<UUID> unused = new HashSet<>(all);
        unused.removeAll(inUse);
        Map<UUID, String> contacts = institutions.contactEmails(unused);
        Map<UUID, InstitutionRef> names = institutions.findRefs(named);

        for (PublishedEvent event : batch) {
            for (UUID institution : told.get(event)) {
                Map<EventType, Preference> defaults = institutionPrefs.getOrDefault(institution, Map.of());
                if (inUse.contains(institution)) {
                    for (UserAccount user : users.getOrDefault(institution, List.of())) {
                        Preference p = Preferences.effective(userPrefs.getOrDefault(user.subject(), Map.of()), defaults).get(event.type());
                        send(event, institution, user.email(), user.language(), p.email(), names, now);
                    }
                } else if (contacts.containsKey(institution)) {
                    Preference p = Preferences.effective(Map.of(), defaults).get(event.type());
                    send(event, institution, contacts.get(institution), Language.pl, p.email(), names, now);
                }
            }
        }
    }

    private void send(PublishedEvent event, UUID institution, String address, Language language, EmailMode mode,
            Map<UUID, InstitutionRef> names, Instant now) {
        if (mode == EmailMode.OFF) {
            return;
        }
        String title = NotificationTexts.title(new NotificationTexts.Facts(event.type(), event.data(),
                event.occurredAt().atZoneSameInstant(PolishTime.ZONE).toLocalDate(), institution,
                id -> Optional.ofNullable(names.get(id)).map(InstitutionRef::name).orElse(null)), language);
        String link = config.appUrl() + LinkTarget.of(event.type(), event.aggregateId()).path();
        if (mode == EmailMode.IMMEDIATE) {
            queue.queue(MailQueue.key("event", event.id(), address), MailQueue.Kind.IMMEDIATE, address,
                    MailTexts.immediate(title, link, config.appUrl(), language), now);
        } else {
            queue.digestLine(MailQueue.key("digest-line", event.id(), address), address, language, title, link,
                    event.occurredAt().toInstant(), now);
        }
    }
}
