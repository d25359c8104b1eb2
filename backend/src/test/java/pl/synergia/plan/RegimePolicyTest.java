package pl.synergia.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pl.synergia.shared.catalogue.ServiceEntry;
import pl.synergia.shared.catalogue.ServiceProvision;
import pl.synergia.shared.institution.InstitutionType;

/** The regime rules on both sides of 1 June 2025, without the application or a database. */
class RegimePolicyTest {

    private static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 5, 31);
    private static final LocalDate FIRST_NEW_DAY = LocalDate.of(2025, 6, 1);

    private static final ServiceEntry PLACEMENT_2004 = entry("PUP_JOB_PLACEMENT_2004", null, LAST_OLD_DAY);
    private static final ServiceProvision PLACEMENT_2004_BY = new ServiceProvision("PUP_JOB_PLACEMENT_2004", "EMPLOYMENT_ACT_2004",
            Set.of(InstitutionType.PUP));
    private static final ServiceEntry PLACEMENT_2025 = entry("PUP_JOB_PLACEMENT_2025", FIRST_NEW_DAY, null);
    private static final ServiceProvision PLACEMENT_2025_BY = new ServiceProvision("PUP_JOB_PLACEMENT_2025", "LABOUR_MARKET_ACT_2025",
            Set.of(InstitutionType.PUP));
    private static final ServiceEntry PROFILE_III = entry("PUP_ASSISTANCE_PROFILE_III", LocalDate.of(2014, 5, 27), LocalDate.of(2019, 6, 14));
    private static final ServiceProvision PROFILE_III_BY = new ServiceProvision("PUP_ASSISTANCE_PROFILE_III", "EMPLOYMENT_ACT_2004",
            Set.of(InstitutionType.PUP));
    private static final ServiceEntry SOCIAL_WORK = entry("OPS_SOCIAL_WORK", null, null);
    private static final ServiceProvision SOCIAL_WORK_BY = new ServiceProvision("OPS_SOCIAL_WORK", "SOCIAL_ASSISTANCE_ACT_2004",
            Set.of(InstitutionType.OPS));

    private static ServiceEntry entry(String code, LocalDate from, LocalDate to) {
        return new ServiceEntry(code, "KIND", code, code, null, null, null, null, from, to, false);
    }

    private static List<String> codes(List<RegimePolicy.Violation> violations) {
        return violations.stream().map(RegimePolicy.Violation::code).toList();
    }

    @Test
    void aPlanBeginningOnThe31stOfMayRunsUnderThe2004ActOneBeginningOnThe1stOfJuneUnderThe2025Act() {
        assertEquals(EmploymentRegime.EMPLOYMENT_ACT_2004, RegimePolicy.of(LAST_OLD_DAY, null));
        assertEquals(EmploymentRegime.LABOUR_MARKET_ACT_2025, RegimePolicy.of(FIRST_NEW_DAY, null));
        assertEquals(60, EmploymentRegime.EMPLOYMENT_ACT_2004.pupContactIntervalDays());
        assertEquals(30, EmploymentRegime.LABOUR_MARKET_ACT_2025.pupContactIntervalDays());
    }

    @Test
    void anAgreementSignedBeforeTheFirstOfJuneKeepsALaterPlanUnderThe2004Act() {
        assertEquals(EmploymentRegime.EMPLOYMENT_ACT_2004, RegimePolicy.of(LocalDate.of(2025, 9, 1), LAST_OLD_DAY));
        assertEquals(EmploymentRegime.LABOUR_MARKET_ACT_2025, RegimePolicy.of(LocalDate.of(2025, 9, 1), FIRST_NEW_DAY),
                "an agreement of 1 June is under the new act");
        assertTrue(RegimePolicy.checkAgreement(LAST_OLD_DAY).isEmpty());
        assertEquals("agreement-after-boundary", RegimePolicy.checkAgreement(FIRST_NEW_DAY).orElseThrow().code());
    }

    @Test
    void aServiceOfThe2004ActIsValidUntilThe31stOfMayAndNotOnTheFirstOfJune() {
        assertTrue(RegimePolicy.checkService(EmploymentRegime.EMPLOYMENT_ACT_2004, PLACEMENT_2004, PLACEMENT_2004_BY, InstitutionType.PUP,
                LocalDate.of(2025, 5, 1), LAST_OLD_DAY).isEmpty());
        assertTrue(RegimePolicy.checkService(EmploymentRegime.LABOUR_MARKET_ACT_2025, PLACEMENT_2025, PLACEMENT_2025_BY,
                InstitutionType.PUP, FIRST_NEW_DAY, null).isEmpty());
        assertEquals(List.of("service-not-yet-valid"), codes(RegimePolicy.checkService(EmploymentRegime.EMPLOYMENT_ACT_2004,
                PLACEMENT_2025, PLACEMENT_2025_BY, InstitutionType.PUP, LAST_OLD_DAY, null)));
        assertEquals(List.of("regime-mismatch"), codes(RegimePolicy.checkService(EmploymentRegime.LABOUR_MARKET_ACT_2025, PLACEMENT_2004,
                PLACEMENT_2004_BY, InstitutionType.PUP, LAST_OLD_DAY, null)), "never in a plan under the 2025 act, even on its last day");
        assertEquals(List.of("regime-mismatch", "service-no-longer-valid"), codes(RegimePolicy.checkService(
                EmploymentRegime.LABOUR_MARKET_ACT_2025, PLACEMENT_2004, PLACEMENT_2004_BY, InstitutionType.PUP, FIRST_NEW_DAY, null)));
    }

    @Test
    void underThe2004ActAServiceThatEndedWithTheActRunsOnPastTheBoundaryButAHistoricalOneDoesNot() {
        assertTrue(RegimePolicy.checkService(EmploymentRegime.EMPLOYMENT_ACT_2004, PLACEMENT_2004, PLACEMENT_2004_BY, InstitutionType.PUP,
                LAST_OLD_DAY, LocalDate.of(2025, 11, 30)).isEmpty());
        assertTrue(RegimePolicy.continuesUnderOldAct(EmploymentRegime.EMPLOYMENT_ACT_2004, PLACEMENT_2004_BY, PLACEMENT_2004));
        assertEquals(List.of("service-no-longer-valid"), codes(RegimePolicy.checkService(EmploymentRegime.EMPLOYMENT_ACT_2004,
                PROFILE_III, PROFILE_III_BY, InstitutionType.PUP, LocalDate.of(2019, 6, 15), null)),
                "profiling ended in 2019, not with the act");
        assertTrue(RegimePolicy.checkService(EmploymentRegime.EMPLOYMENT_ACT_2004, PROFILE_III, PROFILE_III_BY, InstitutionType.PUP,
                LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 14)).isEmpty());
    }

    @Test
    void aStepLastingAcrossTheEndOfItsServiceIsRefusedUnderThe2025Act() {
        ServiceEntry ipzs2003 = entry("CIS_IPZS_2003", null, LocalDate.of(2022, 2, 14));
        ServiceProvision byCis = new ServiceProvision("CIS_IPZS_2003", "SOCIAL_EMPLOYMENT_ACT_2003", Set.of(InstitutionType.CIS));
        assertEquals(List.of("service-no-longer-valid"), codes(RegimePolicy.checkService(EmploymentRegime.LABOUR_MARKET_ACT_2025,
                ipzs2003, byCis, InstitutionType.CIS, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 15))));
        assertTrue(RegimePolicy.checkService(EmploymentRegime.EMPLOYMENT_ACT_2004, ipzs2003, byCis, InstitutionType.CIS,
                LocalDate.of(2021, 3, 1), LocalDate.of(2022, 2, 14)).isEmpty(), "another act's end is not extended by the 2004 act");
    }

    @Test
    void theOwnerMustBeOfATypeThatProvidesTheService() {
        assertEquals(List.of("not-provided-by-owner-type"), codes(RegimePolicy.checkService(EmploymentRegime.LABOUR_MARKET_ACT_2025,
                SOCIAL_WORK, SOCIAL_WORK_BY, InstitutionType.PUP, FIRST_NEW_DAY, null)));
        assertTrue(RegimePolicy.checkService(EmploymentRegime.LABOUR_MARKET_ACT_2025, SOCIAL_WORK, SOCIAL_WORK_BY, InstitutionType.OPS,
                FIRST_NEW_DAY, null).isEmpty());
    }
}
