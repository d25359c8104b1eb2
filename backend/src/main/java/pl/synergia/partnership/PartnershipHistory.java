package pl.synergia.partnership;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.shared.security.CurrentUser;

/** Writes one history event per change, in the transaction of the change (append-only table). */
@ApplicationScoped
public class PartnershipHistory {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Partnership p, PartnershipAction action, String summary) {
        PartnershipEvent e = new PartnershipEvent();
        e.partnershipId = p.id;
        e.occurredAt = clock.instant();
        e.actorSubject = user.subject();
        e.actorName = user.displayName();
        e.actorInstitutionId = user.institutionId().orElse(null);
        e.action = action;
        e.summary = summary.length() > 2000 ? summary.substring(0, 1997) + "..." : summary;
        em.persist(e);
    }
}
