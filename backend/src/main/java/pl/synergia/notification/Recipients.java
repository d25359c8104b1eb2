package pl.synergia.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import pl.synergia.shared.events.PublishedEvent;

/**
 * Which institutions are told of an event: its audience, except the institution whose user made
 * the change ({@code byInstitutionId}): nobody needs telling what their own institution just did.
 * Pure.
 */
public final class Recipients {

    private Recipients() {
    }

    public static Set<UUID> of(PublishedEvent event) {
        Set<UUID> institutions = new LinkedHashSet<>(event.audience());
        String actor = event.data().get("byInstitutionId");
        if (actor != null) {
            institutions.remove(UUID.fromString(actor));
        }
        return institutions;
    }
}
