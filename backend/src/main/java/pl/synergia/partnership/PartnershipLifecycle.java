package pl.synergia.partnership;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The two changes every part of a partnership makes to the partnership itself: a new version
 * (ETag) when something that hangs off it changes, and dissolution (on request, or by a withdrawal;
 * {@link PartnershipPolicy} says when). Used by the partnership and the signatory services alike.
 */
@ApplicationScoped
public class PartnershipLifecycle {

    @Inject
    PartnershipRepository repository;

    @Inject
    PartnershipHistory history;

    @Inject
    Clock clock;

    @Inject
    PartnershipEvents events;

    @Inject
    EntityManager em;

    /** A change to what hangs off the partnership gives it a new version (ETag). */
    void touch(Partnership p) {
        p.updatedAt = clock.instant();
        em.flush();
    }

    /** Dissolves in the caller's transaction: open invitations are cancelled, the history says why. */
    void dissolve(Partnership p, String reason, boolean automatic) {
        Instant now = clock.instant();
        PartnershipStatus from = p.status;
        p.status = PartnershipStatus.DISSOLVED;
        p.dissolvedAt = now;
        p.dissolutionReason = reason;
        p.dissolvedAutomatically = automatic;
        events.dissolved(p, automatic);
        PartnershipPolicy.closeOnDissolution(repository.signatories(p.id), now);
        touch(p);
        history.record(p, PartnershipAction.DISSOLVED, "Status: " + PartnershipTexts.statusPl(from) + " → rozwiązane"
                + (automatic ? " (automatycznie)" : "") + ". Powód: " + reason);
    }
}
