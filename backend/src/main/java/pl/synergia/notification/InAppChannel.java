package pl.synergia.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import pl.synergia.shared.events.EventChannel;
import pl.synergia.shared.events.PublishedEvent;

/**
 * The in-app channel: one notification per event and institution told of it ({@link Recipients}),
 * idempotent (a batch handed over again writes nothing twice). Every type is written; what a user
 * sees of it follows their preferences when read, so changing a preference changes the list at once.
 */
@ApplicationScoped
public class InAppChannel implements EventChannel {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Override
    public String name() {
        return "in-app";
    }

    @Override
    public void deliver(List<PublishedEvent> batch) {
        for (PublishedEvent event : batch) {
            Set<UUID> institutions = Recipients.of(event);
            if (institutions.isEmpty()) {
                continue;
            }
            em.createNativeQuery("insert into notification (id, event_id, institution_id, type, aggregate_id, data, occurred_at) "
                    + "select gen_random_uuid(), ?1, institution, ?2, ?3, cast(?4 as jsonb), ?5 from unnest(cast(?6 as uuid[])) institution "
                    + "on conflict (event_id, institution_id) do nothing")
                    .unwrap(NativeQuery.class)
                    .setParameter(1, event.id())
                    .setParameter(2, event.type().name())
                    .setParameter(3, event.aggregateId())
                    .setParameter(4, toJson(event))
                    .setParameter(5, event.occurredAt())
                    .setParameter(6, UserAccounts.uuidArray(institutions))
                    .executeUpdate();
        }
    }

    private String toJson(PublishedEvent event) {
        try {
            return json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data not serialisable", e);
        }
    }
}
