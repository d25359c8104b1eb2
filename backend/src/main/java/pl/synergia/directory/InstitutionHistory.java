package pl.synergia.directory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import pl.synergia.directory.InstitutionChange.Action;
import pl.synergia.directory.InstitutionChange.FieldChange;
import pl.synergia.shared.events.DomainEvent;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.events.Events;
import pl.synergia.shared.security.CurrentUser;

/** Records every change of a directory entry and its offerings, field by field, in the same transaction. */
@ApplicationScoped
public class InstitutionHistory {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Events events;

    /** The fields of an entry as they appear in its history. */
    public static Map<String, Object> snapshot(Institution i) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", i.type == null ? null : i.type.name());
        s.put("stakeholderRole", i.stakeholderRole == null ? null : i.stakeholderRole.name());
        s.put("name", i.name);
        s.put("gminaTeryt", i.gmina == null ? null : i.gmina.teryt);
        s.put("street", i.street);
        s.put("postalCode", i.postalCode);
        s.put("city", i.city);
        s.put("legalForm", i.legalForm);
        s.put("legalBasis", i.legalBasis);
        s.put("statutoryTasks", i.statutoryTasks);
        s.put("operatorId", i.operator == null ? null : i.operator.id.toString());
        s.put("operatorName", i.operatorName);
        s.put("phone", i.phone);
        s.put("email", i.email);
        s.put("website", i.website);
        s.put("krs", i.krs);
        s.put("regon", i.regon);
        s.put("nip", i.nip);
        s.put("registerEntry", i.registerEntry);
        s.put("officialStatus.kind", i.statusKind == null ? null : i.statusKind.name());
        s.put("officialStatus.grantedBy", i.statusGrantedBy);
        s.put("officialStatus.validFrom", i.statusValidFrom == null ? null : i.statusValidFrom.toString());
        s.put("officialStatus.validTo", i.statusValidTo == null ? null : i.statusValidTo.toString());
        s.put("cooperativeProfile", i.cooperativeProfile == null ? null : i.cooperativeProfile.name());
        s.put("places", i.places);
        s.put("cooperationAreas", List.copyOf(i.cooperationAreas));
        s.put("active", i.active);
        s.put("externalId", i.externalId);
        return s;
    }

    public static Map<String, Object> snapshot(Offering o) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("offering.id", o.id.toString());
        s.put("offering.serviceCode", o.serviceCode);
        s.put("offering.places", o.places);
        s.put("offering.schedule", o.schedule);
        s.put("offering.contact", o.contact);
        s.put("offering.status", o.status == null ? null : o.status.name());
        return s;
    }

    /** Fields whose value differs, with old and new value; an empty before means everything is new. */
    public static Map<String, FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (String field : after.keySet()) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.put(field, new FieldChange(old, now));
            }
        }
        for (String field : before.keySet()) {
            if (!after.containsKey(field) && before.get(field) != null) {
                changes.put(field, new FieldChange(before.get(field), null));
            }
        }
        return changes;
    }

    public void record(Institution institution, Action action, Map<String, FieldChange> changes) {
        write(institution, action, changes, user.subject(), user.displayName(), user.institutionId().orElse(null));
    }

    /** For work done outside a request (the CSV import job), on behalf of the person who started it. */
    public void record(Institution institution, Action action, Map<String, FieldChange> changes, String subject,
            String name) {
        write(institution, action, changes, subject, name, null);
    }

    /**
     * The history row and, in the same transaction, the event for the integration feed and the
     * entry's own institution (and its operator): OFFERING_CHANGED for an offering, INSTITUTION_UPDATED
     * for anything else. Ids and codes only; the changed values stay in the history.
     */
    private void write(Institution institution, Action action, Map<String, FieldChange> changes, String subject, String name,
            UUID actor) {
        InstitutionChange change = new InstitutionChange();
        change.institutionId = institution.id;
        change.changedAt = clock.instant();
        change.changedBySubject = subject;
        change.changedByName = name;
        change.action = action;
        change.changes = changes;
        em.persist(change);
        boolean offering = action == Action.OFFERING_ADDED || action == Action.OFFERING_UPDATED || action == Action.OFFERING_REMOVED;
        FieldChange offeringId = changes.get("offering.id");
        events.publish(DomainEvent.of(offering ? EventType.OFFERING_CHANGED : EventType.INSTITUTION_UPDATED, institution.id)
                .with("institutionId", institution.id)
                .with("institutionType", institution.type)
                .with("action", action)
                .with("offeringId", offeringId == null ? null : Objects.requireNonNullElse(offeringId.newValue(), offeringId.oldValue()))
                .with("active", institution.active)
                .with("byInstitutionId", actor)
                .to(institution.id, institution.operator == null ? null : institution.operator.id)
                .area(institution.gmina == null ? null : institution.gmina.teryt)
                .build());
    }

    public List<InstitutionChange> page(java.util.UUID institutionId, int page, int size) {
        return em.createQuery("select c from InstitutionChange c where c.institutionId = :id "
                + "order by c.changedAt desc, c.id desc", InstitutionChange.class)
                .setParameter("id", institutionId).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long count(java.util.UUID institutionId) {
        return em.createQuery("select count(c) from InstitutionChange c where c.institutionId = :id", Long.class)
                .setParameter("id", institutionId).getSingleResult();
    }
}
