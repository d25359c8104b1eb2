package pl.synergia.partnership;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.security.Roles;

/**
 * Who may change a partnership (reading is open to every authenticated role: these are public
 * records, so a refused change is 403, never 404). See docs/partnerships.md and docs/adr/0012.
 * <ul>
 * <li>manage (title, goals, text versions, invitations, stakeholders, ZSL, variants): a
 * coordinator of an institution that is a JOINED signatory;</li>
 * <li>transitions: a coordinator of the initiating institution while it is JOINED, or an administrator;</li>
 * <li>accept, decline, withdraw for an institution: a coordinator of that institution; for a
 * private person: an administrator, or the initiating institution's coordinator recording a
 * paper signature or a written declaration.</li>
 * </ul>
 */
@ApplicationScoped
public class PartnershipAccess {

    private static final Logger AUDIT = Logger.getLogger("pl.synergia.audit.partnership");

    @Inject
    CurrentUser user;

    @Inject
    PartnershipRepository repository;

    public boolean admin() {
        return user.hasRole(Roles.ADMIN);
    }

    /** The caller's institution if they are its coordinator. */
    public Optional<UUID> coordinatorOf() {
        return user.hasRole(Roles.COORDINATOR) ? user.institutionId() : Optional.empty();
    }

    public boolean canManage(Partnership p) {
        return coordinatorOf().map(i -> repository.joinedInstitution(p.id, i)).orElse(false);
    }

    public boolean initiatorCoordinator(Partnership p) {
        return coordinatorOf().filter(i -> i.equals(p.initiatorInstitutionId))
                .map(i -> repository.joinedInstitution(p.id, i)).orElse(false);
    }

    public boolean canTransition(Partnership p) {
        return admin() || initiatorCoordinator(p);
    }

    /** Accept, decline or withdraw on behalf of this signatory. */
    public boolean actsFor(Partnership p, Signatory s) {
        if (s.privatePerson()) {
            return admin() || initiatorCoordinator(p);
        }
        return coordinatorOf().filter(i -> i.equals(s.institutionId)).isPresent();
    }

    public void requireManage(Partnership p) {
        if (!canManage(p)) {
            throw refused(p, "Only a coordinator of an institution that has joined this partnership may change it.");
        }
    }

    public void requireTransition(Partnership p) {
        if (!canTransition(p)) {
            throw refused(p, "Only a coordinator of the initiating institution (while it is a signatory) or an administrator "
                    + "may change the status.");
        }
    }

    public void requireActsFor(Partnership p, Signatory s) {
        if (!actsFor(p, s)) {
            throw refused(p, s.privatePerson()
                    ? "A private person's signature or withdrawal is recorded by an administrator or by a coordinator of the initiating institution."
                    : "Only a coordinator of that institution may do this on its behalf.");
        }
    }

    /** Changes are not possible once dissolved: 409. */
    public static void requireNotDissolved(Partnership p) {
        if (p.status == PartnershipStatus.DISSOLVED) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "Partnership is dissolved",
                    "A dissolved partnership is a closed record and cannot be changed.", java.util.List.of());
        }
    }

    private ProblemException refused(Partnership p, String detail) {
        AUDIT.warnf("Refused change of partnership %s by subject %s", p.id, user.subject());
        return ProblemException.forbidden(detail);
    }
}
