package pl.synergia.directory;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.security.Roles;

/**
 * Who may change a directory entry: an administrator; a coordinator of the institution itself;
 * a coordinator of the institution that runs it (the NGO running a KIS edits the KIS's entry); a
 * third-party system of either, like its coordinator (its scope directory:write is checked before,
 * by {@link pl.synergia.shared.security.RequiresScope}).
 * The directory is readable by every role, so a refused change is a 403, and it is logged.
 */
@ApplicationScoped
public class DirectoryAccess {

    private static final Logger AUDIT = Logger.getLogger("pl.synergia.audit.directory");

    @Inject
    CurrentUser user;

    public boolean canEdit(Institution institution) {
        if (user.hasRole(Roles.ADMIN)) {
            return true;
        }
        if (!user.hasRole(Roles.COORDINATOR) && !user.isSystem()) {
            return false;
        }
        Optional<UUID> own = user.institutionId();
        return own.isPresent() && (own.get().equals(institution.id)
                || (institution.operator != null && own.get().equals(institution.operator.id)));
    }

    public void requireEdit(Institution institution) {
        if (!canEdit(institution)) {
            AUDIT.warnf("Refused change of institution %s by subject %s", institution.id, user.subject());
            throw ProblemException.forbidden(
                    "Only a coordinator of this institution (or of the one running it) or an administrator may change it.");
        }
    }
}
