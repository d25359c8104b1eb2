package pl.synergia.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.institution.InstitutionType;

/**
 * What a plan's statutory clock and schedule make due, as of a given day: the rules of the
 * "due" list, pure (no database, no clock of its own), so they are tested at chosen dates.
 */
final class DueRules {

    /** Under the 2025 employment act the PUP meets the person at least every 30 days. */
    static final int PUP_MEETING_INTERVAL_DAYS = 30;
    /** An open step is due this many days before its planned end. */
    static final int STEP_END_WARNING_DAYS = 14;
    /** A plan is due this many days before its period ends. */
    static final int PLAN_END_WARNING_DAYS = 30;
    /** A referral awaiting an answer becomes a due item this many days before its answer-by date. */
    static final int REFERRAL_RESPONSE_WARNING_DAYS = 7;
    /** The PUP is told of its next contact with the person this many days before it is due. */
    static final int CONTACT_NOTICE_DAYS = 7;

    private DueRules() {
    }

    /**
     * The due items of one ACTIVE plan (none for a plan in another status), earliest first: for each
     * PUP on the team its next meeting ({@value #PUP_MEETING_INTERVAL_DAYS} days after the last one
     * it recorded, or after the plan's start); planned steps that should have started; open steps
     * ending within {@value #STEP_END_WARNING_DAYS} days or late; the plan's end within
     * {@value #PLAN_END_WARNING_DAYS} days.
     */
    static List<DueItem> ofPlan(ActionPlan plan, PlanResponse.ClientRef who, List<PlanStep> steps, List<PlanMeeting> meetings,
            Function<UUID, InstitutionRef> institutions, LocalDate today) {
        List<DueItem> due = new ArrayList<>();
        if (plan.status != PlanStatus.ACTIVE) {
            return due;
        }
        for (PlanMember member : plan.team) {
            InstitutionRef ref = institutions.apply(member.institutionId);
            if (ref.type() == InstitutionType.PUP) {
                LocalDate last = meetings.stream().filter(m -> m.institutionId.equals(member.institutionId))
                        .map(m -> m.heldOn).max(Comparator.naturalOrder()).orElse(plan.periodFrom);
                LocalDate next = last.plusDays(PUP_MEETING_INTERVAL_DAYS);
                due.add(DueItem.ofPlan(DueItem.Kind.PUP_MEETING, plan.id, who, null, null, ref, next, late(next, today)));
            }
        }
        for (PlanStep step : steps) {
            if (step.status == StepStatus.PLANNED && step.plannedStart.isBefore(today)) {
                due.add(DueItem.ofPlan(DueItem.Kind.STEP_START, plan.id, who, step.id, step.title,
                        institutions.apply(step.ownerInstitutionId), step.plannedStart, true));
            }
            if (step.status.open() && step.plannedEnd != null && !step.plannedEnd.isAfter(today.plusDays(STEP_END_WARNING_DAYS))) {
                due.add(DueItem.ofPlan(DueItem.Kind.STEP_END, plan.id, who, step.id, step.title,
                        institutions.apply(step.ownerInstitutionId), step.plannedEnd, late(step.plannedEnd, today)));
            }
        }
        if (plan.periodTo != null && !plan.periodTo.isAfter(today.plusDays(PLAN_END_WARNING_DAYS))) {
            due.add(DueItem.ofPlan(DueItem.Kind.PLAN_END, plan.id, who, null, null, institutions.apply(plan.leadInstitutionId),
                    plan.periodTo, late(plan.periodTo, today)));
        }
        due.sort(Comparator.comparing(DueItem::dueOn));
        return due;
    }

    /**
     * Whether a due item is announced (as a time-based event) on {@code today}: a PUP contact from
     * {@value #CONTACT_NOTICE_DAYS} days before it is due, a step's or the plan's end as soon as it is
     * a due item; a planned step that has not started is only listed, not announced.
     */
    static boolean announced(DueItem item, LocalDate today) {
        return switch (item.kind()) {
            case PUP_MEETING -> !item.dueOn().isAfter(today.plusDays(CONTACT_NOTICE_DAYS));
            case STEP_END, PLAN_END -> true;
            case STEP_START, REFERRAL_RESPONSE -> false;
        };
    }

    /** Referrals still awaiting an answer are due from this many days before their answer-by date: those due by this day. */
    static LocalDate referralsDueBy(LocalDate today) {
        return today.plusDays(REFERRAL_RESPONSE_WARNING_DAYS);
    }

    /** A date is late once the day after it has begun. */
    static boolean late(LocalDate due, LocalDate today) {
        return due.isBefore(today);
    }
}
