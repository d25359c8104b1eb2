package pl.synergia.notification;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import pl.synergia.notification.NotificationRepository.Filter;
import pl.synergia.notification.NotificationRepository.Reader;
import pl.synergia.notification.NotificationRepository.Row;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.shared.web.PageParams;

/**
 * The caller's notifications: those of their institution, less the types they chose not to see
 * in the application, with their own read state. A user without an institution has none.
 */
@ApplicationScoped
public class NotificationService {

    /** Keys of event data that hold the id of an institution a text may name. */
    /** The keys of an event's data that name an institution (NotificationTexts writes their names). */
    static final List<String> INSTITUTION_KEYS = List.of("fromInstitutionId", "toInstitutionId", "institutionId", "issuerInstitutionId",
            "actorInstitutionId");

    @Inject
    NotificationRepository repository;

    @Inject
    PreferenceStore preferences;

    @Inject
    InstitutionLookup institutions;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional
    public NotificationPage list(Filter filter, PageParams page, Language language) {
        Optional<Reader> reader = reader();
        if (reader.isEmpty()) {
            return new NotificationPage(List.of(), page.page(), page.size(), 0, 1, 0);
        }
        List<Row> rows = repository.page(reader.get(), filter, page.page(), page.size());
        long total = repository.count(reader.get(), filter);
        long unread = repository.unread(reader.get());
        return new NotificationPage(render(rows, reader.get().institution(), language), page.page(), page.size(), total,
                page.totalPages(total), unread);
    }

    @Transactional
    public UnreadCount unread() {
        return new UnreadCount(reader().map(repository::unread).orElse(0L));
    }

    @Transactional
    public void markRead(UUID id) {
        Reader reader = reader().orElseThrow(() -> notFound());
        if (!repository.markRead(reader, id, clock.instant())) {
            throw notFound();
        }
    }

    @Transactional
    public MarkedRead markAllRead() {
        return new MarkedRead(reader().map(r -> (long) repository.markAllRead(r, clock.instant())).orElse(0L));
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No notification with this id is addressed to your institution.");
    }

    private Optional<Reader> reader() {
        return user.institutionId().map(institution -> {
            Map<EventType, Preference> effective = Preferences.effective(preferences.ofUser(user.subject()),
                    preferences.ofInstitution(institution));
            Set<EventType> hidden = EnumSet.noneOf(EventType.class);
            effective.values().stream().filter(p -> !p.inApp()).forEach(p -> hidden.add(p.type()));
            return new Reader(institution, user.subject(), hidden);
        });
    }

    /** The texts of a page, the institutions they name read in one query. */
    private List<NotificationResponse> render(List<Row> rows, UUID recipient, Language language) {
        Set<UUID> named = new HashSet<>();
        rows.forEach(r -> INSTITUTION_KEYS.forEach(key -> {
            String id = r.data().get(key);
            if (id != null) {
                named.add(UUID.fromString(id));
            }
        }));
        Map<UUID, InstitutionRef> names = institutions.findRefs(named);
        return rows.stream().map(r -> new NotificationResponse(r.id(), r.type(),
                NotificationTexts.title(new NotificationTexts.Facts(r.type(), r.data(), r.occurredAt().atZoneSameInstant(PolishTime.ZONE)
                        .toLocalDate(), recipient, id -> Optional.ofNullable(names.get(id)).map(InstitutionRef::name).orElse(null)), language),
                r.occurredAt(), r.readAt() != null, LinkTarget.of(r.type(), r.aggregateId()))).toList();
    }
}
