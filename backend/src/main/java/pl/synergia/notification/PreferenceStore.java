package pl.synergia.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import pl.synergia.shared.events.EventType;

/** The stored preferences of institutions (their coordinators' defaults) and of users (their own choices). */
@ApplicationScoped
public class PreferenceStore {

    @Inject
    EntityManager em;

    /** The institutions' own defaults (types without a row are left out), in one query. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<EventType, Preference>> ofInstitutions(Collection<UUID> institutions) {
        Map<UUID, Map<EventType, Preference>> found = new HashMap<>();
        if (institutions.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createNativeQuery("select institution_id, event_type, in_app, email from institution_notification_preference "
                + "where institution_id = any(cast(?1 as uuid[]))").setParameter(1, UserAccounts.uuidArray(institutions)).getResultList();
        for (Object[] r : rows) {
            preference(r).ifPresent(p -> found.computeIfAbsent((UUID) r[0], k -> new EnumMap<>(EventType.class)).put(p.type(), p));
        }
        return found;
    }

    /** The users' own choices (types without a row are left out), in one query. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<EventType, Preference>> ofUsers(Collection<String> subjects) {
        Map<String, Map<EventType, Preference>> found = new HashMap<>();
        if (subjects.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createNativeQuery("select subject, event_type, in_app, email from user_notification_preference "
                + "where subject = any(cast(?1 as text[]))").setParameter(1, textArray(subjects)).getResultList();
        for (Object[] r : rows) {
            preference(r).ifPresent(p -> found.computeIfAbsent((String) r[0], k -> new EnumMap<>(EventType.class)).put(p.type(), p));
        }
        return found;
    }

    public Map<EventType, Preference> ofInstitution(UUID institution) {
        return ofInstitutions(List.of(institution)).getOrDefault(institution, Map.of());
    }

    public Map<EventType, Preference> ofUser(String subject) {
        return ofUsers(List.of(subject)).getOrDefault(subject, Map.of());
    }

    /** Replaces the institution's defaults with these. */
    public void saveInstitution(UUID institution, List<Preference> preferences, String by, Instant now) {
        em.createNativeQuery("delete from institution_notification_preference where institution_id = ?1").setParameter(1, institution)
                .executeUpdate();
        for (Preference p : preferences) {
            em.createNativeQuery("insert into institution_notification_preference (institution_id, event_type, in_app, email, updated_at, "
                    + "updated_by_subject) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, institution).setParameter(2, p.type().name())
                    .setParameter(3, p.inApp()).setParameter(4, p.email().name()).setParameter(5, now).setParameter(6, by).executeUpdate();
        }
    }

    /** Replaces the user's own choices with these (none: the user follows the institution). */
    public void saveUser(String subject, List<Preference> preferences, Instant now) {
        em.createNativeQuery("delete from user_notification_preference where subject = ?1").setParameter(1, subject).executeUpdate();
        for (Preference p : preferences) {
            em.createNativeQuery("insert into user_notification_preference (subject, event_type, in_app, email, updated_at) "
                    + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, subject).setParameter(2, p.type().name())
                    .setParameter(3, p.inApp()).setParameter(4, p.email().name()).setParameter(5, now).executeUpdate();
        }
    }

    /** A stored row of a type the platform no longer has is ignored. */
    private static java.util.Optional<Preference> preference(Object[] r) {
        try {
            return java.util.Optional.of(new Preference(EventType.valueOf((String) r[1]), (Boolean) r[2], EmailMode.valueOf((String) r[3])));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static String textArray(Collection<String> values) {
        StringBuilder array = new StringBuilder("{");
        for (String value : values) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return array.append('}').toString();
    }
}
