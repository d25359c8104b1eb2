package pl.synergia.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import pl.synergia.shared.catalogue.ServiceEntry;
import pl.synergia.shared.catalogue.ServiceProvision;
import pl.synergia.shared.institution.InstitutionType;

/**
 * The rules of the legal regime, pure (no database, no clock), so that they are tested at chosen
 * dates (docs/adr/0038):
 * <ul>
 * <li>a plan runs under the 2004 employment act if it began before 1 June 2025 or carries an
 * agreement signed before that day, under the 2025 labour-market act otherwise;</li>
 * <li>a step's catalogue service must be valid on the step's dates: from its first day, until its
 * last; a service of the 2004 act that ended with the act's repeal stays valid in a plan that runs
 * on under the 2004 act; a service of the 2004 act never belongs to a plan under the 2025 act;</li>
 * <li>the owner of a step must be of a type that provides the service.</li>
 * </ul>
 */
final class RegimePolicy {

    /** The last day of the 2004 act: its services ended with it. */
    static final LocalDate LAST_DAY_OF_2004_ACT = EmploymentRegime.BOUNDARY.minusDays(1);

    private RegimePolicy() {
    }

    /** A broken rule: the error code and what it means. */
    record Violation(String code, String message) {
    }

    /**
     * The regime of a plan that begins on {@code periodFrom}, with an agreement signed on
     * {@code agreementSignedOn} (or none); an agreement signed on or after 1 June 2025 changes nothing
     * (the caller refuses it, see {@link #checkAgreement}).
     */
    static EmploymentRegime of(LocalDate periodFrom, LocalDate agreementSignedOn) {
        if (periodFrom.isBefore(EmploymentRegime.BOUNDARY)) {
            return EmploymentRegime.EMPLOYMENT_ACT_2004;
        }
        if (agreementSignedOn != null && agreementSignedOn.isBefore(EmploymentRegime.BOUNDARY)) {
            return EmploymentRegime.EMPLOYMENT_ACT_2004;
        }
        return EmploymentRegime.LABOUR_MARKET_ACT_2025;
    }

    /** Only an agreement signed before 1 June 2025 keeps a plan under the old act. */
    static Optional<Violation> checkAgreement(LocalDate agreementSignedOn) {
        if (agreementSignedOn != null && !agreementSignedOn.isBefore(EmploymentRegime.BOUNDARY)) {
            return Optional.of(new Violation("agreement-after-boundary",
                    "an agreement signed on or after 1 June 2025 falls under the 2025 act; only earlier agreements keep the 2004 act"));
        }
        return Optional.empty();
    }

    /**
     * What is wrong with using this catalogue service for a step owned by an institution of
     * {@code ownerType} from {@code start} to {@code end} (or only on {@code start} when open-ended)
     * in a plan under {@code regime}; empty when nothing is.
     */
    static List<Violation> checkService(EmploymentRegime regime, ServiceEntry service, ServiceProvision provision,
            InstitutionType ownerType, LocalDate start, LocalDate end) {
        List<Violation> violations = new ArrayList<>();
        boolean oldAct = EmploymentRegime.EMPLOYMENT_ACT_2004.name().equals(provision.legalRegimeCode());
        if (oldAct && regime == EmploymentRegime.LABOUR_MARKET_ACT_2025) {
            violations.add(new Violation("regime-mismatch", service.code() + " is a service of the 2004 employment act; "
                    + "this plan runs under the 2025 labour-market act"));
        }
        LocalDate last = end == null ? start : end;
        if (service.validFrom() != null && start.isBefore(service.validFrom())) {
            violations.add(new Violation("service-not-yet-valid", service.code() + " applies from " + service.validFrom()));
        }
        LocalDate validTo = continuesUnderOldAct(regime, provision, service) ? null : service.validTo();
        if (validTo != null && last.isAfter(validTo)) {
            violations.add(new Violation("service-no-longer-valid", service.code() + " applies until " + validTo));
        }
        if (ownerType != null && !provision.providedBy(ownerType)) {
            violations.add(new Violation("not-provided-by-owner-type", service.code() + " is not provided by an institution of type "
                    + ownerType + "; it is provided by " + provision.providerTypes()));
        }
        return violations;
    }

    /**
     * A service of the 2004 act that ended with the act (on 31 May 2025) runs on in a plan that keeps
     * the old act: agreements signed before 1 June 2025 are carried out under the old rules.
     */
    static boolean continuesUnderOldAct(EmploymentRegime regime, ServiceProvision provision, ServiceEntry service) {
        return regime == EmploymentRegime.EMPLOYMENT_ACT_2004
                && EmploymentRegime.EMPLOYMENT_ACT_2004.name().equals(provision.legalRegimeCode())
                && LAST_DAY_OF_2004_ACT.equals(service.validTo());
    }
}
