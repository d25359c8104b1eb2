package pl.synergia.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import pl.synergia.shared.events.EventType;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.security.Roles;

/** Notification settings: the caller's own, and their institution's defaults (changed by its coordinator). */
@ApplicationScoped
public class PreferenceService {

    @Inject
    PreferenceStore store;

    @Inject
    UserAccounts accounts;

    @Inject
    InstitutionLookup institutions;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional
    public MyPreferences mine() {
        UUID institution = institution();
        Map<EventType, Preference> own = store.ofUser(user.subject());
        Map<EventType, Preference> defaults = store.ofInstitution(institution);
        Map<EventType, Preference> effective = Preferences.effective(own, defaults);
        return new MyPreferences(accounts.language(user.subject()).orElse(Language.pl), own.isEmpty(),
                List.of(EventType.values()).stream().map(effective::get).toList(), Preferences.ofInstitution(defaults),
                user.email().orElse(null));
    }

    @Transactional
    public MyPreferences saveMine(MyPreferencesRequest r) {
        UUID institution = institution();
        List<Preference> items = r.followsInstitution() ? List.of() : distinct(r.items() == null ? List.of() : r.items(), "items");
        store.saveUser(user.subject(), items, clock.instant());
        accounts.chooseLanguage(user.subject(), institution, user.email().orElse(null), r.language(), clock.instant());
        return mine();
    }

    @Transactional
    public InstitutionPreferences ofInstitution() {
        UUID institution = institution();
        return new InstitutionPreferences(Preferences.ofInstitution(store.ofInstitution(institution)), canEdit(),
                institutions.contactEmails(List.of(institution)).get(institution));
    }

    @Transactional
    public InstitutionPreferences saveInstitution(InstitutionPreferencesRequest r) {
        UUID institution = institution();
        if (!canEdit()) {
            throw ProblemException.forbidden("Only a coordinator of the institution changes its notification defaults.");
        }
        store.saveInstitution(institution, distinct(r.items(), "items"), user.subject(), clock.instant());
        return ofInstitution();
    }

    private boolean canEdit() {
        return user.hasRole(Roles.COORDINATOR);
    }

    private UUID institution() {
        return user.institutionId().orElseThrow(() -> ProblemException.forbidden(
                "Notifications are for people of an institution; your account belongs to none."));
    }

    /** Each type at most once (422 naming the repeated entries otherwise). */
    private static List<Preference> distinct(List<Preference> items, String field) {
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).type())) {
                errors.add(new FieldError(field + "[" + i + "].type", "duplicate", "each type at most once"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        return items;
    }
}
