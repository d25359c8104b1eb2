package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import pl.synergia.shared.catalogue.ServiceEntry;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.institution.OfficialStatusRef;
import pl.synergia.shared.time.PolishTime;

/**
 * What a plan's statutory clock and schedule make due, as of a given day: the rules of the
 * "due" list, pure (no database, no clock of its own), so they are tested at chosen dates.
 */
final class DueRules {

    /** Under the 2025 employment act the PUP is in contact with the person at least every 30 days (the plan's regime says). */
    static final int PUP_MEETING_INTERVAL_DAYS = EmploymentRegime.LABOUR_MARKET_ACT_2025.pupContactIntervalDays();
    /** An open step is due this many days before its planned end. */
    static final int STEP_END_WARNING_DAYS = 14;
    /** A plan is due this many days before its period ends. */
    static final int PLAN_END_WARNING_DAYS = 30;
    /** A referral awaiting an answer becomes a due item this many days before its answer-by date. */
    static final int REFERRAL_RESPONSE_WARNING_DAYS = 7;
    /** The end of an IPZS's basic period or extension is due this many days before. */
    static final int IPZS_WARNING_DAYS = 30;
    /** A CIS's or KIS's official status is due this many days before it ends (as the directory warns). */
    static final int STATUS_WARNING_DAYS = 90;
    /** A follow-up is due this many days before its checkpoint. */
    static final int FOLLOW_UP_WARNING_DAYS = 14;
    /** The catalogue kind of a social-employment programme (IPZS). */
    static final String IPZS_KIND = "SOCIAL_EMPLOYMENT_PROGRAMME";
    /** The PUP is told of its next contact with the person this many days before it is due. */
    static final int CONTACT_NOTICE_DAYS = 7;

    private DueRules() {
    }

    /**
     * The due items of one ACTIVE plan (none for a plan in another status), earliest first: for each
     * PUP on the team its next contact (as often as the plan's regime says, counted from the last
     * meeting it recorded, or from the plan's start); planned steps that should have started; open
     * steps ending within {@value #STEP_END_WARNING_DAYS} days or late; the basic period or the
     * extension of an open IPZS ending within {@value #IPZS_WARNING_DAYS} days; the official status of
     * a CIS or KIS of the team ending within {@value #STATUS_WARNING_DAYS} days or ended; the plan's
     * end within {@value #PLAN_END_WARNING_DAYS} days.
     */
    static List<DueItem> ofPlan(ActionPlan plan, PlanResponse.ClientRef who, List<PlanStep> steps, List<PlanMeeting> meetings,
            Function<UUID, InstitutionRef> institutions, Function<String, ServiceEntry> services,
            Map<UUID, OfficialStatusRef> statuses, LocalDate today) {
        List<DueItem> due = new ArrayList<>();
        if (plan.status != PlanStatus.ACTIVE) {
            return due;
        }
        for (PlanMember member : plan.team) {
            InstitutionRef ref = institutions.apply(member.institutionId);
            if (ref.type() == InstitutionType.PUP) {
                LocalDate last = meetings.stream().filter(m -> m.institutionId.equals(member.institutionId))
                        .map(m -> m.heldOn).max(Comparator.naturalOrder()).orElse(plan.periodFrom);
                LocalDate next = last.plusDays(plan.regime.pupContactIntervalDays());
                due.add(DueItem.ofPlan(DueItem.Kind.PUP_MEETING, plan.id, who, null, null, ref, next, late(next, today)));
            }
            OfficialStatusRef status = statuses.get(member.institutionId);
            if ((ref.type() == InstitutionType.CIS || ref.type() == InstitutionType.KIS) && status != null
                    && status.validTo() != null && !status.validTo().isAfter(today.plusDays(STATUS_WARNING_DAYS))) {
                due.add(DueItem.ofPlan(DueItem.Kind.STATUS_EXPIRY, plan.id, who, null, null, ref, status.validTo(),
                        late(status.validTo(), today)));
            }
        }
        for (PlanStep step : steps) {
            InstitutionRef responsible = institutions.apply(step.responsible(plan));
            if (step.status == StepStatus.PLANNED && step.plannedStart.isBefore(today)) {
                due.add(DueItem.ofPlan(DueItem.Kind.STEP_START, plan.id, who, step.id, step.title, responsible, step.plannedStart, true));
            }
            if (step.status.open() && step.plannedEnd != null && !step.plannedEnd.isAfter(today.plusDays(STEP_END_WARNING_DAYS))) {
                due.add(DueItem.ofPlan(DueItem.Kind.STEP_END, plan.id, who, step.id, step.title, responsible, step.plannedEnd,
                        late(step.plannedEnd, today)));
            }
            ServiceEntry service = step.serviceCode == null ? null : services.apply(step.serviceCode);
            if (step.status.open() && service != null && IPZS_KIND.equals(service.kind()) && service.durationMaxDays() != null) {
                IpzsClock clock = ipzs(step, service);
                if (!clock.dueOn().isAfter(today.plusDays(IPZS_WARNING_DAYS))) {
                    due.add(DueItem.ofPlan(clock.kind(), plan.id, who, step.id, step.title, responsible, clock.dueOn(),
                            late(clock.dueOn(), today)));
                }
            }
        }
        if (plan.periodTo != null && !plan.periodTo.isAfter(today.plusDays(PLAN_END_WARNING_DAYS))) {
            due.add(DueItem.ofPlan(DueItem.Kind.PLAN_END, plan.id, who, null, null, institutions.apply(plan.leadInstitutionId),
                    plan.periodTo, late(plan.periodTo, today)));
        }
        due.sort(Comparator.comparing(DueItem::dueOn));
        return due;
    }

    /** The IPZS clock of a step: which end comes next and when. */
    record IpzsClock(DueItem.Kind kind, LocalDate dueOn) {
    }

    /**
     * An IPZS lasts its basic period (the catalogue entry valid when it began: 12 months) from its
     * actual start (or planned, before it started); once its planned end lies beyond that, it has been
     * extended and the extension's end (6 months more under the act before the 2022 amendment) comes next.
     */
    static IpzsClock ipzs(PlanStep step, ServiceEntry service) {
        LocalDate start = step.actualStart != null ? step.actualStart : step.plannedStart;
        LocalDate basicEnd = start.plusDays(service.durationMaxDays());
        Integer extension = service.extensionMaxDays();
        if (extension != null && extension > 0 && step.plannedEnd != null && step.plannedEnd.isAfter(basicEnd)) {
            return new IpzsClock(DueItem.Kind.IPZS_EXTENSION_END, basicEnd.plusDays(extension));
        }
        return new IpzsClock(DueItem.Kind.IPZS_END, basicEnd);
    }

    /**
     * The follow-ups a finished plan's lead must record, earliest first: at exit (the day the plan was
     * completed or closed), 3 and 6 months later; each from {@value #FOLLOW_UP_WARNING_DAYS} days
     * before its day until it is recorded.
     */
    static List<DueItem> followUps(ActionPlan plan, PlanResponse.ClientRef who, InstitutionRef lead, Set<FollowUp.Checkpoint> recorded,
            LocalDate today) {
        List<DueItem> due = new ArrayList<>();
        LocalDate exit = exitDay(plan.closedAt);
        if (exit == null) {
            return due;
        }
        for (FollowUp.Checkpoint checkpoint : FollowUp.Checkpoint.values()) {
            LocalDate day = checkpoint.on(exit);
            if (!recorded.contains(checkpoint) && !day.isAfter(today.plusDays(FOLLOW_UP_WARNING_DAYS))) {
                due.add(DueItem.ofPlan(DueItem.Kind.followUp(checkpoint), plan.id, who, null, null, lead, day, late(day, today)));
            }
        }
        return due;
    }

    /** The Warsaw day a plan was finished on, or null for a plan not finished. */
    static LocalDate exitDay(Instant closedAt) {
        return closedAt == null ? null : closedAt.atZone(PolishTime.ZONE).toLocalDate();
    }

    /**
     * Whether a due item is announced (as a time-based event) on {@code today}: a PUP contact from
     * {@value #CONTACT_NOTICE_DAYS} days before it is due, a step's or the plan's end as soon as it is
     * a due item; a planned step that has not started, an IPZS's end, a CIS's or KIS's status and a
     * follow-up are only listed, not announced (no event type for them yet).
     */
    static boolean announced(DueItem item, LocalDate today) {
        return switch (item.kind()) {
            case PUP_MEETING -> !item.dueOn().isAfter(today.plusDays(CONTACT_NOTICE_DAYS));
            case STEP_END, PLAN_END -> true;
            case STEP_START, REFERRAL_RESPONSE, IPZS_END, IPZS_EXTENSION_END, STATUS_EXPIRY, FOLLOW_UP_EXIT, FOLLOW_UP_3_MONTHS,
                    FOLLOW_UP_6_MONTHS -> false;
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
