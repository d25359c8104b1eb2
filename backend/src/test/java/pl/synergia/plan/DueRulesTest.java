package pl.synergia.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import pl.synergia.shared.catalogue.ServiceEntry;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.institution.OfficialStatusRef;
import pl.synergia.shared.institution.InstitutionType;

/** The time rules of the "due" list at chosen dates, without the application or a database. */
class DueRulesTest {

    private final InstitutionRef ops = new InstitutionRef(UUID.randomUUID(), "MOPS Legionowo", InstitutionType.OPS);
    private final InstitutionRef pup = new InstitutionRef(UUID.randomUUID(), "PUP Legionowo", InstitutionType.PUP);
    private final Map<UUID, InstitutionRef> refs = Map.of(ops.id(), ops, pup.id(), pup);
    private final PlanResponse.ClientRef who = new PlanResponse.ClientRef(UUID.randomUUID(), "Anna", "Nowak", false);

    @Test
    void thePupMeetsThePersonThirtyDaysAfterThePlanStartsUntilItRecordsAMeeting() {
        ActionPlan plan = plan(LocalDate.of(2026, 1, 10), null);
        DueItem first = pupMeeting(plan, List.of(), LocalDate.of(2026, 2, 9));
        assertEquals(LocalDate.of(2026, 2, 9), first.dueOn());
        assertFalse(first.overdue(), "due on the 30th day, not yet late on it");
        assertTrue(pupMeeting(plan, List.of(), LocalDate.of(2026, 2, 10)).overdue(), "late from the 31st day");
    }

    @Test
    void thePupsContactIsAnnouncedSevenDaysAheadStepAndPlanEndsAsSoonAsTheyAreDueAPlannedStartNever() {
        ActionPlan plan = plan(LocalDate.of(2026, 1, 10), null);
        assertFalse(DueRules.announced(pupMeeting(plan, List.of(), LocalDate.of(2026, 2, 1)), LocalDate.of(2026, 2, 1)),
                "due 9 February: 8 days ahead");
        assertTrue(DueRules.announced(pupMeeting(plan, List.of(), LocalDate.of(2026, 2, 2)), LocalDate.of(2026, 2, 2)),
                "7 days ahead");
        assertTrue(DueRules.announced(pupMeeting(plan, List.of(), LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 2)), "late");
        DueItem end = DueItem.ofPlan(DueItem.Kind.STEP_END, plan.id, who, UUID.randomUUID(), "x", ops, LocalDate.of(2026, 3, 16), false);
        DueItem planEnd = DueItem.ofPlan(DueItem.Kind.PLAN_END, plan.id, who, null, null, ops, LocalDate.of(2026, 3, 30), false);
        DueItem start = DueItem.ofPlan(DueItem.Kind.STEP_START, plan.id, who, UUID.randomUUID(), "x", ops, LocalDate.of(2026, 3, 1), true);
        assertTrue(DueRules.announced(end, LocalDate.of(2026, 3, 2)));
        assertTrue(DueRules.announced(planEnd, LocalDate.of(2026, 3, 2)));
        assertFalse(DueRules.announced(start, LocalDate.of(2026, 3, 2)));
    }

    @Test
    void thirtyDaysCountFromThePupsLastMeetingNotFromOtherInstitutions() {
        ActionPlan plan = plan(LocalDate.of(2026, 1, 10), null);
        List<PlanMeeting> meetings = List.of(meeting(pup, LocalDate.of(2026, 2, 1)), meeting(pup, LocalDate.of(2026, 1, 20)),
                meeting(ops, LocalDate.of(2026, 2, 20)));
        DueItem next = pupMeeting(plan, meetings, LocalDate.of(2026, 2, 5));
        assertEquals(LocalDate.of(2026, 3, 3), next.dueOn(), "1 February + 30 days");
        assertEquals(pup, next.institution());
    }

    @Test
    void aPlannedStepIsDueOnceItsStartHasPassedAndAnOpenStepFourteenDaysBeforeItsEnd() {
        ActionPlan plan = withoutPup(plan(LocalDate.of(2026, 1, 1), null));
        PlanStep late = step(StepStatus.PLANNED, LocalDate.of(2026, 3, 1), null);
        PlanStep ending = step(StepStatus.IN_PROGRESS, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 16));
        PlanStep later = step(StepStatus.IN_PROGRESS, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 17));
        PlanStep done = step(StepStatus.DONE, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 2));
        List<DueItem> due = DueRules.ofPlan(plan, who, List.of(late, ending, later, done), List.of(), refs::get, code -> null, Map.of(),
                LocalDate.of(2026, 3, 1).plusDays(1));
        assertEquals(List.of(DueItem.Kind.STEP_START, DueItem.Kind.STEP_END), due.stream().map(DueItem::kind).toList());
        assertEquals(late.id, due.get(0).stepId());
        assertTrue(due.get(0).overdue());
        assertEquals(ending.id, due.get(1).stepId(), "16 March is within 14 days of 2 March; 17 March is not");
        assertFalse(due.get(1).overdue());
        assertTrue(DueRules.ofPlan(plan, who, List.of(late), List.of(), refs::get, code -> null, Map.of(), LocalDate.of(2026, 3, 1)).isEmpty(),
                "a step starting today is not late yet");
    }

    @Test
    void thePlanEndIsDueThirtyDaysBeforeAndTheLeadMustAct() {
        ActionPlan plan = withoutPup(plan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
        assertTrue(DueRules.ofPlan(plan, who, List.of(), List.of(), refs::get, code -> null, Map.of(), LocalDate.of(2026, 5, 30)).isEmpty());
        DueItem end = DueRules.ofPlan(plan, who, List.of(), List.of(), refs::get, code -> null, Map.of(), LocalDate.of(2026, 5, 31)).get(0);
        assertEquals(DueItem.Kind.PLAN_END, end.kind());
        assertEquals(ops, end.institution());
        assertFalse(end.overdue());
        assertTrue(DueRules.ofPlan(plan, who, List.of(), List.of(), refs::get, code -> null, Map.of(), LocalDate.of(2026, 7, 1)).get(0).overdue());
    }

    @Test
    void onlyAnActivePlanHasDueItems() {
        ActionPlan plan = plan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        plan.status = PlanStatus.COMPLETED;
        assertTrue(DueRules.ofPlan(plan, who, List.of(), List.of(), refs::get, code -> null, Map.of(), LocalDate.of(2026, 3, 1)).isEmpty());
    }

    @Test
    void referralsAreDueSevenDaysBeforeTheirAnswerByDateAndLateAfterIt() {
        LocalDate today = LocalDate.of(2026, 12, 24);
        assertEquals(LocalDate.of(2026, 12, 31), DueRules.referralsDueBy(today));
        assertFalse(DueRules.late(today, today));
        assertTrue(DueRules.late(today.minusDays(1), today));
    }

    @Test
    void thePupContactFollowsThePlansRegimeSixtyDaysUnderThe2004ActThirtyUnderThe2025Act() {
        ActionPlan old = plan(LocalDate.of(2025, 3, 3), null);
        old.regime = EmploymentRegime.EMPLOYMENT_ACT_2004;
        assertEquals(LocalDate.of(2025, 5, 2), pupMeeting(old, List.of(), LocalDate.of(2025, 4, 1)).dueOn(), "3 March + 60 days");
        assertFalse(pupMeeting(old, List.of(), LocalDate.of(2025, 5, 2)).overdue());
        assertTrue(pupMeeting(old, List.of(), LocalDate.of(2025, 5, 3)).overdue());
        ActionPlan current = plan(LocalDate.of(2025, 6, 1), null);
        current.regime = EmploymentRegime.LABOUR_MARKET_ACT_2025;
        assertEquals(LocalDate.of(2025, 7, 1), pupMeeting(current, List.of(), LocalDate.of(2025, 6, 10)).dueOn(), "1 June + 30 days");
        assertTrue(pupMeeting(current, List.of(), LocalDate.of(2025, 7, 2)).overdue());
    }

    @Test
    void anIpzsIsDueThirtyDaysBeforeItsBasicPeriodEndsThenBeforeItsExtensionEnds() {
        ActionPlan plan = withoutPup(plan(LocalDate.of(2021, 1, 4), null));
        ServiceEntry ipzs2003 = new ServiceEntry("CIS_IPZS_2003", DueRules.IPZS_KIND, "IPZS", "IPZS", null, null, 360, 180, null,
                LocalDate.of(2022, 2, 14), false);
        PlanStep step = step(StepStatus.IN_PROGRESS, LocalDate.of(2021, 2, 1), LocalDate.of(2022, 1, 27));
        step.serviceCode = ipzs2003.code();
        step.actualStart = LocalDate.of(2021, 2, 1);
        java.util.function.Function<String, ServiceEntry> services = code -> ipzs2003;
        LocalDate basicEnd = LocalDate.of(2021, 2, 1).plusDays(360);
        assertTrue(DueRules.ofPlan(plan, who, List.of(step), List.of(), refs::get, services, Map.of(), basicEnd.minusDays(31)).stream()
                .noneMatch(d -> d.kind() == DueItem.Kind.IPZS_END), "not yet 30 days before");
        DueItem end = DueRules.ofPlan(plan, who, List.of(step), List.of(), refs::get, services, Map.of(), basicEnd.minusDays(30)).stream()
                .filter(d -> d.kind() == DueItem.Kind.IPZS_END).findFirst().orElseThrow();
        assertEquals(basicEnd, end.dueOn());
        assertEquals(ops, end.institution());
        step.plannedEnd = basicEnd.plusDays(100);
        DueItem extension = DueRules.ofPlan(plan, who, List.of(step), List.of(), refs::get, services, Map.of(), basicEnd.plusDays(160))
                .stream().filter(d -> d.kind() == DueItem.Kind.IPZS_EXTENSION_END).findFirst().orElseThrow();
        assertEquals(basicEnd.plusDays(180), extension.dueOn(), "extended: 6 more months under the 2003 rules");
        ServiceEntry ipzs2022 = new ServiceEntry("CIS_IPZS_2022", DueRules.IPZS_KIND, "IPZS", "IPZS", null, null, 360, null,
                LocalDate.of(2022, 2, 15), null, false);
        assertEquals(DueItem.Kind.IPZS_END, DueRules.ipzs(step, ipzs2022).kind(), "no extension recorded for the 2022 entry");
    }

    @Test
    void aCisOfTheTeamWhoseStatusEndsWithinNinetyDaysIsDueForTheCis() {
        InstitutionRef cis = new InstitutionRef(UUID.randomUUID(), "CIS Wieliszew", InstitutionType.CIS);
        Map<UUID, InstitutionRef> withCis = Map.of(ops.id(), ops, pup.id(), pup, cis.id(), cis);
        ActionPlan plan = withoutPup(plan(LocalDate.of(2026, 1, 1), null));
        plan.team.add(new PlanMember(cis.id(), Instant.parse("2026-01-02T08:00:00Z")));
        Map<UUID, OfficialStatusRef> statuses = Map.of(cis.id(),
                new OfficialStatusRef(cis.id(), "CIS_STATUS", LocalDate.of(2021, 6, 1), LocalDate.of(2026, 6, 30)));
        assertTrue(DueRules.ofPlan(plan, who, List.of(), List.of(), withCis::get, code -> null, statuses, LocalDate.of(2026, 3, 31))
                .isEmpty(), "91 days before");
        DueItem expiry = DueRules.ofPlan(plan, who, List.of(), List.of(), withCis::get, code -> null, statuses, LocalDate.of(2026, 4, 1))
                .get(0);
        assertEquals(DueItem.Kind.STATUS_EXPIRY, expiry.kind());
        assertEquals(cis, expiry.institution());
        assertFalse(expiry.overdue());
        assertTrue(DueRules.ofPlan(plan, who, List.of(), List.of(), withCis::get, code -> null, statuses, LocalDate.of(2026, 7, 1))
                .get(0).overdue(), "expired");
    }

    @Test
    void aStepOfThePersonIsTheLeadsToWatch() {
        ActionPlan plan = withoutPup(plan(LocalDate.of(2026, 1, 1), null));
        PlanStep own = step(StepStatus.PLANNED, LocalDate.of(2026, 2, 1), null);
        own.ownerInstitutionId = null;
        own.ownedByPerson = true;
        DueItem late = DueRules.ofPlan(plan, who, List.of(own), List.of(), refs::get, code -> null, Map.of(), LocalDate.of(2026, 2, 2))
                .get(0);
        assertEquals(DueItem.Kind.STEP_START, late.kind());
        assertEquals(ops, late.institution());
    }

    @Test
    void followUpsAreDueAtExitAndThreeAndSixMonthsLaterUntilRecorded() {
        ActionPlan plan = plan(LocalDate.of(2026, 1, 1), null);
        plan.status = PlanStatus.COMPLETED;
        plan.closedAt = LocalDate.of(2026, 3, 31).atTime(23, 30).atZone(pl.synergia.shared.time.PolishTime.ZONE).toInstant();
        assertEquals(LocalDate.of(2026, 3, 31), DueRules.exitDay(plan.closedAt), "the Warsaw day, not the UTC one");
        List<DueItem> atExit = DueRules.followUps(plan, who, ops, java.util.Set.of(), LocalDate.of(2026, 4, 1));
        assertEquals(List.of(DueItem.Kind.FOLLOW_UP_EXIT), atExit.stream().map(DueItem::kind).toList());
        assertTrue(atExit.get(0).overdue());
        List<DueItem> later = DueRules.followUps(plan, who, ops, java.util.Set.of(FollowUp.Checkpoint.EXIT), LocalDate.of(2026, 6, 16));
        assertEquals(List.of(DueItem.Kind.FOLLOW_UP_3_MONTHS), later.stream().map(DueItem::kind).toList());
        assertEquals(LocalDate.of(2026, 6, 30), later.get(0).dueOn(), "31 March + 3 months");
        assertTrue(DueRules.followUps(plan, who, ops, java.util.Set.of(FollowUp.Checkpoint.EXIT), LocalDate.of(2026, 6, 15)).isEmpty(),
                "15 days before");
        List<DueItem> last = DueRules.followUps(plan, who, ops, java.util.Set.of(FollowUp.Checkpoint.EXIT, FollowUp.Checkpoint.MONTHS_3),
                LocalDate.of(2026, 10, 1));
        assertEquals(LocalDate.of(2026, 9, 30), last.get(0).dueOn());
        assertEquals(DueItem.Kind.FOLLOW_UP_6_MONTHS, last.get(0).kind());
        assertTrue(DueRules.followUps(plan, who, ops, java.util.Set.of(FollowUp.Checkpoint.values()), LocalDate.of(2027, 1, 1)).isEmpty());
    }

    private DueItem pupMeeting(ActionPlan plan, List<PlanMeeting> meetings, LocalDate today) {
        return DueRules.ofPlan(plan, who, List.of(), meetings, refs::get, code -> null, Map.of(), today).stream()
                .filter(d -> d.kind() == DueItem.Kind.PUP_MEETING).findFirst().orElseThrow();
    }

    private ActionPlan plan(LocalDate from, LocalDate to) {
        ActionPlan plan = new ActionPlan();
        plan.id = UUID.randomUUID();
        plan.leadInstitutionId = ops.id();
        plan.status = PlanStatus.ACTIVE;
        plan.periodFrom = from;
        plan.periodTo = to;
        plan.team.add(new PlanMember(ops.id(), Instant.parse("2026-01-01T08:00:00Z")));
        plan.team.add(new PlanMember(pup.id(), Instant.parse("2026-01-01T08:00:00Z")));
        return plan;
    }

    private ActionPlan withoutPup(ActionPlan plan) {
        plan.team.removeIf(m -> m.institutionId.equals(pup.id()));
        return plan;
    }

    private PlanStep step(StepStatus status, LocalDate start, LocalDate end) {
        PlanStep step = new PlanStep();
        step.id = UUID.randomUUID();
        step.ownerInstitutionId = ops.id();
        step.title = "Krok";
        step.status = status;
        step.plannedStart = start;
        step.plannedEnd = end;
        return step;
    }

    private static PlanMeeting meeting(InstitutionRef institution, LocalDate heldOn) {
        PlanMeeting m = new PlanMeeting();
        m.id = UUID.randomUUID();
        m.institutionId = institution.id();
        m.heldOn = heldOn;
        return m;
    }
}
