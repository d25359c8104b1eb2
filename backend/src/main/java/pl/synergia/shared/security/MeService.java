package pl.synergia.shared.security;

import pl.synergia.shared.institution.InstitutionLookup;

import pl.synergia.shared.institution.InstitutionRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

@ApplicationScoped
public class MeService {

    private static final Logger LOG = Logger.getLogger(MeService.class);

    @Inject
    CurrentUser user;

    @Inject
    InstitutionLookup institutions;

    public MeResponse me() {
        Optional<InstitutionRef> institution = user.institutionId().flatMap(id -> {
            Optional<InstitutionRef> found = institutions.findRef(id);
            if (found.isEmpty()) {
                LOG.warnf("Subject %s names institution %s, which is not in the directory", user.subject(), id);
            }
            return found;
        });
        List<String> roles = List.copyOf(user.roles());
        return new MeResponse(user.subject(), user.username(), user.displayName(), user.email().orElse(null), roles,
                institution.orElse(null), institution.flatMap(i -> institutions.findGmina(i.id())).orElse(null), permissions(roles, institution.isPresent()));
    }

    /** The roles the directory's and the catalogue's resources admit (the data-protection officer is not among them). */
    static final List<String> DIRECTORY_READERS = List.of(Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN,
            Roles.INTEGRATION);

    static List<Permission> permissions(List<String> roles, boolean hasInstitution) {
        List<Permission> permissions = new ArrayList<>();
        if (roles.stream().anyMatch(DIRECTORY_READERS::contains)) {
            permissions.add(Permission.DIRECTORY_READ);
        }
        // an administrator edits every entry, their own institution's included (the API's rule, DirectoryAccess)
        if ((roles.contains(Roles.COORDINATOR) || roles.contains(Roles.ADMIN)) && hasInstitution) {
            permissions.add(Permission.DIRECTORY_MANAGE_OWN);
        }
        if (roles.contains(Roles.ADMIN)) {
            permissions.add(Permission.DIRECTORY_MANAGE_ALL);
        }
        if ((roles.contains(Roles.STAFF) || roles.contains(Roles.COORDINATOR)) && hasInstitution) {
            permissions.add(Permission.PLAN_WORK);
        }
        if (roles.contains(Roles.DPO) && hasInstitution) {
            permissions.add(Permission.AUDIT_REVIEW);
            permissions.add(Permission.DATA_SUBJECT_EXPORT);
            permissions.add(Permission.DATA_SUBJECT_REQUESTS);
        }
        if (roles.contains(Roles.COORDINATOR) && hasInstitution) {
            permissions.add(Permission.CASE_REASSIGN);
        }
        if (roles.contains(Roles.ADMIN)) {
            permissions.add(Permission.RETENTION_RUN);
        }
        if ((roles.contains(Roles.COORDINATOR) && hasInstitution) || roles.contains(Roles.ADMIN)) {
            permissions.add(Permission.PARTNERSHIP_CREATE);
        }
        // the regional resources refuse an analyst whose token names no institution (no voivodeship)
        if ((roles.contains(Roles.REGIONAL_ANALYST) && hasInstitution) || roles.contains(Roles.ADMIN)) {
            permissions.add(Permission.REGIONAL_READ);
        }
        if (roles.contains(Roles.ADMIN)) {
            permissions.add(Permission.REGIONAL_REFRESH);
        }
        return List.copyOf(permissions);
    }
}
