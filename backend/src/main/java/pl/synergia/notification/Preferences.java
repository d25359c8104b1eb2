package pl.synergia.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pl.synergia.shared.events.EventType;

/**
 * Which notification a user gets, pure: a user's own choice for a type wins, else the institution's
 * default, else the platform's. The platform's defaults: everything shown in the application except
 * the changes of one's own directory entry; an e-mail at once for what asks someone to act (a new or
 * answered referral, a referral past its date, an invitation, a team or step assignment, a status
 * expiring), the rest in the daily digest, and no e-mail for directory changes.
 */
public final class Preferences {

    private static final Set<EventType> IMMEDIATE = Set.of(EventType.REFERRAL_SENT, EventType.REFERRAL_ACCEPTED,
            EventType.REFERRAL_REJECTED, EventType.REFERRAL_WITHDRAWN, EventType.REFERRAL_OVERDUE, EventType.PLAN_TEAM_MEMBER_ADDED,
            EventType.PLAN_STEP_ASSIGNED, EventType.PARTNERSHIP_INVITATION, EventType.PARTNERSHIP_DISSOLVED,
            EventType.INSTITUTION_STATUS_EXPIRING, EventType.INSTITUTION_STATUS_EXPIRED,
            EventType.RECOMMENDATION_ISSUED);
    private static final Set<EventType> QUIET = Set.of(EventType.INSTITUTION_UPDATED, EventType.OFFERING_CHANGED);

    private Preferences() {
    }

    /** The platform's default for a type. */
    public static Preference platformDefault(EventType type) {
        if (QUIET.contains(type)) {
            return new Preference(type, false, EmailMode.OFF);
        }
        return new Preference(type, true, IMMEDIATE.contains(type) ? EmailMode.IMMEDIATE : EmailMode.DIGEST);
    }

    /** The institution's defaults for every type: its own where set, the platform's otherwise; in the order of the types. */
    public static List<Preference> ofInstitution(Map<EventType, Preference> institution) {
        return List.of(EventType.values()).stream().map(t -> institution.getOrDefault(t, platformDefault(t))).toList();
    }

    /** A user's effective preference for every type: their own where set, then the institution's, then the platform's. */
    public static Map<EventType, Preference> effective(Map<EventType, Preference> user, Map<EventType, Preference> institution) {
        Map<EventType, Preference> effective = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            effective.put(type, user.getOrDefault(type, institution.getOrDefault(type, platformDefault(type))));
        }
        return effective;
    }
}
