package pl.synergia.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import pl.synergia.plan.DataSubjectRightsPolicy.Duty;
import pl.synergia.plan.DataSubjectRightsPolicy.PlanFact;

/** Deadlines and the duties that keep data, at chosen dates, without the application or a database. */
class DataSubjectRightsPolicyTest {

    private static final Period SIX_YEARS = Period.ofYears(6);

    @Test
    void theAnswerIsDueOneMonthAfterReceiptAndMayBeExtendedOnceByUpToTwoMonthsWithinTheFirstMonth() {
        LocalDate received = LocalDate.of(2026, 1, 31);
        LocalDate due = DataSubjectRightsPolicy.answerDue(received);
        assertEquals(LocalDate.of(2026, 2, 28), due, "one month, to the end of a shorter month");
        assertEquals(LocalDate.of(2026, 4, 30), DataSubjectRightsPolicy.latestExtendedDue(received));
        assertTrue(DataSubjectRightsPolicy.checkExtension(DataSubjectRequest.Status.OPEN, due, null, 2, due).isEmpty(), "on the last day");
        assertEquals(Optional.of("extension-too-late"),
                DataSubjectRightsPolicy.checkExtension(DataSubjectRequest.Status.OPEN, due, null, 1, due.plusDays(1)));
        assertEquals(Optional.of("out-of-range"), DataSubjectRightsPolicy.checkExtension(DataSubjectRequest.Status.OPEN, due, null, 3, due));
        assertEquals(Optional.of("already-extended"),
                DataSubjectRightsPolicy.checkExtension(DataSubjectRequest.Status.OPEN, due, due.plusMonths(1), 1, due));
        assertEquals(Optional.of("not-open"), DataSubjectRightsPolicy.checkExtension(DataSubjectRequest.Status.REFUSED, due, null, 1, due));
    }

    @Test
    void aPlanInProgressAPlanWithinRetentionAndAnOpenReferralEachKeepTheData() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertEquals(List.of(Duty.PLAN_IN_PROGRESS), DataSubjectRightsPolicy.dutiesToKeep(
                List.of(new PlanFact(PlanStatus.ACTIVE, null)), false, SIX_YEARS, today));
        assertEquals(List.of(Duty.PLAN_IN_PROGRESS), DataSubjectRightsPolicy.dutiesToKeep(
                List.of(new PlanFact(PlanStatus.DRAFT, null)), false, SIX_YEARS, today));
        assertEquals(List.of(Duty.RETENTION_PERIOD), DataSubjectRightsPolicy.dutiesToKeep(
                List.of(new PlanFact(PlanStatus.CLOSED, LocalDate.of(2020, 12, 8))), false, SIX_YEARS, today), "a day short of six years");
        assertEquals(List.of(Duty.REFERRAL_OPEN), DataSubjectRightsPolicy.dutiesToKeep(List.of(), true, SIX_YEARS, today));
    }

    @Test
    void withNoPlanInProgressNothingWithinRetentionAndNoOpenReferralTheDataMayBeErased() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertTrue(DataSubjectRightsPolicy.dutiesToKeep(List.of(), false, SIX_YEARS, today).isEmpty(), "registered, never a plan");
        assertTrue(DataSubjectRightsPolicy.dutiesToKeep(List.of(new PlanFact(PlanStatus.COMPLETED, LocalDate.of(2020, 12, 7))), false,
                SIX_YEARS, today).isEmpty(), "exactly six years ago");
    }
}
