package pl.synergia.partnership;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import pl.synergia.shared.events.DomainEvent;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.events.Events;
import pl.synergia.shared.security.CurrentUser;

/**
 * The events of the partnership context, written in the change's transaction: ids and codes only
 * (never a private signatory's or a representative's name, nor a withdrawal's reason). The audience
 * is the institutions taking part: the initiator and every institution invited or joined; a
 * private person has no institution and learns of nothing here.
 */
@ApplicationScoped
public class PartnershipEvents {

    @Inject
    Events events;

    @Inject
    PartnershipRepository repository;

    @Inject
    CurrentUser user;

    /** An institution was invited: it learns of it. An invited private person is not an audience. */
    void invited(Partnership p, Signatory s) {
        if (s.institutionId == null) {
            return;
        }
        events.publish(event(EventType.PARTNERSHIP_INVITATION, p, s).to(s.institutionId).build());
    }

    /** A signatory joined: every institution taking part learns of it. */
    void joined(Partnership p, Signatory s) {
        events.publish(event(EventType.PARTNERSHIP_JOINED, p, s).to(participants(p)).to(s.institutionId).build());
    }

    /** A signatory withdrew: every institution taking part learns of it, the one that left included. */
    void withdrew(Partnership p, Signatory s) {
        events.publish(event(EventType.PARTNERSHIP_WITHDRAWAL, p, s).to(participants(p)).to(s.institutionId).build());
    }

    /** The partnership was dissolved: call before the open invitations are closed, so the invited learn of it too. */
    void dissolved(Partnership p, boolean automatic) {
        events.publish(DomainEvent.of(EventType.PARTNERSHIP_DISSOLVED, p.id)
                .with("partnershipId", p.id)
                .with("kind", p.kind)
                .with("automatic", automatic)
                .with("byInstitutionId", actor())
                .to(participants(p))
                .area(p.gminaTeryt)
                .build());
    }

    private DomainEvent.Builder event(EventType type, Partnership p, Signatory s) {
        return DomainEvent.of(type, p.id)
                .with("partnershipId", p.id)
                .with("kind", p.kind)
                .with("status", p.status)
                .with("signatoryId", s.id)
                .with("institutionId", s.institutionId)
                .with("privatePerson", s.privatePerson())
                .with("byInstitutionId", actor())
                .area(p.gminaTeryt);
    }

    /** The initiator and every institution invited to or joined in the partnership now. */
    private Set<UUID> participants(Partnership p) {
        Set<UUID> audience = new LinkedHashSet<>();
        audience.add(p.initiatorInstitutionId);
        for (Signatory s : repository.signatories(p.id)) {
            if (s.institutionId != null && (s.status == SignatoryStatus.INVITED || s.status == SignatoryStatus.JOINED)) {
                audience.add(s.institutionId);
            }
        }
        return audience;
    }

    private UUID actor() {
        return user.institutionId().orElse(null);
    }
}
