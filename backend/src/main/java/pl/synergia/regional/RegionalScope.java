package pl.synergia.regional;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.territory.GminaRef;

/**
 * Which figures the caller may see (issue #11): an administrator the nation; a regional analyst —
 * a person or a regional system's service account — its own voivodeship, the one of its
 * institution's gmina (InstitutionLookup). Figures of public registers (directory, partnerships)
 * of any voivodeship are for anyone; figures of people (plans, referrals, need) of another
 * voivodeship answer 404 like any foreign record, and the attempt is audited.
 */
@RequestScoped
public class RegionalScope {

    static final String AUDIT_RECORD = "REGIONAL_FIGURES";

    @Inject
    CurrentUser user;

    @Inject
    InstitutionLookup institutions;

    @Inject
    AuditLog audit;

    private Optional<String> voivodeship;

    /** The caller's voivodeship (2 digits), or empty for the nation (an administrator). */
    public Optional<String> voivodeship() {
        if (voivodeship == null) {
            voivodeship = resolve();
        }
        return voivodeship;
    }

    private Optional<String> resolve() {
        if (user.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        Optional<GminaRef> gmina = user.institutionId().flatMap(institutions::findGmina);
        if (gmina.isEmpty()) {
            throw ProblemException.forbidden("A regional analyst sees the voivodeship of their institution; "
                    + "the token names no institution of the directory.");
        }
        return Optional.of(gmina.get().teryt().substring(0, 2));
    }

    /** The unit is the caller's (within their voivodeship, or any for the nation). */
    public boolean covers(String unit) {
        return voivodeship().map(unit::startsWith).orElse(true);
    }

    /**
     * Refuses figures of people outside the caller's voivodeship: 404, audited. Units above the
     * voivodeship (none) and public-register indicators pass.
     */
    public void requireVisible(Indicator indicator, String unit) {
        if (indicator.publicRegister() || covers(unit)) {
            return;
        }
        audit.denied(AUDIT_RECORD, null, null, AuditLog.Action.READ,
                "indicator " + indicator.code() + " of unit " + unit + " outside voivodeship " + voivodeship().orElse("?"));
        throw ProblemException.notFound("No figures of this unit for you: it is outside your voivodeship.");
    }

    /**
     * Refuses a record of another voivodeship (the RPW, its meetings, a recommendation): 404, and the
     * attempt is audited under {@code recordType}.
     */
    public void requireOwn(String unit, String recordType, java.util.UUID recordId) {
        if (covers(unit)) {
            return;
        }
        audit.denied(recordType, recordId, null, AuditLog.Action.READ,
                "unit " + unit + " outside voivodeship " + voivodeship().orElse("?"));
        throw ProblemException.notFound("No such record for you: it is outside your voivodeship.");
    }

    /** The TERYT prefix the caller's lists start from: their voivodeship, or none for the nation. */
    public String defaultPrefix() {
        return voivodeship().orElse("");
    }
}
