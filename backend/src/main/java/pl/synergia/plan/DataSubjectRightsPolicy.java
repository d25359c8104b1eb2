package pl.synergia.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of erasure and restriction requests, pure (no database, no clock), tested at chosen
 * dates (docs/adr/0040):
 * <ul>
 * <li>the answer is due one month after receipt (GDPR art. 12(3)); the officer may extend it once, by
 * one or two further months, and must say so within the first month;</li>
 * <li>erasure is refused while a statutory duty keeps the data (art. 17(3)(b)): a plan in progress (the
 * institutions carry out their statutory task), a plan finished less than the retention period ago
 * (the records the acts require to be kept), or a referral still awaiting or being carried out.</li>
 * </ul>
 */
final class DataSubjectRightsPolicy {

    /** The answer may be extended by two further months at most (three from receipt in all). */
    static final int MAX_EXTENSION_MONTHS = 2;

    private DataSubjectRightsPolicy() {
    }

    /** Why a duty to keep the data applies: codes the officer's refusal can cite. */
    enum Duty {
        /** A plan is in progress (draft or active): its institutions carry out a statutory task with the data. */
        PLAN_IN_PROGRESS,
        /** A plan was finished less than the retention period ago: its records must still be kept. */
        RETENTION_PERIOD,
        /** A referral is still awaiting its answer or being carried out. */
        REFERRAL_OPEN
    }

    /** What of a plan the erasure rule looks at. */
    record PlanFact(PlanStatus status, LocalDate finishedOn) {
    }

    static LocalDate answerDue(LocalDate receivedOn) {
        return receivedOn.plusMonths(1);
    }

    /** The latest day an extended answer may be due. */
    static LocalDate latestExtendedDue(LocalDate receivedOn) {
        return receivedOn.plusMonths(1 + MAX_EXTENSION_MONTHS);
    }

    /** What stops extending a request's deadline by {@code months} on {@code today}, if anything (an error code). */
    static Optional<String> checkExtension(DataSubjectRequest.Status status, LocalDate dueOn, LocalDate alreadyExtendedTo, int months,
            LocalDate today) {
        if (status != DataSubjectRequest.Status.OPEN) {
            return Optional.of("not-open");
        }
        if (alreadyExtendedTo != null) {
            return Optional.of("already-extended");
        }
        if (months < 1 || months > MAX_EXTENSION_MONTHS) {
            return Optional.of("out-of-range");
        }
        if (today.isAfter(dueOn)) {
            return Optional.of("extension-too-late");
        }
        return Optional.empty();
    }

    /** The duties that keep the person's data, in the order of {@link Duty}; empty when erasure may proceed. */
    static List<Duty> dutiesToKeep(List<PlanFact> plans, boolean openReferral, Period retention, LocalDate today) {
        List<Duty> duties = new ArrayList<>();
        if (plans.stream().anyMatch(p -> !p.status().finished())) {
            duties.add(Duty.PLAN_IN_PROGRESS);
        }
        if (plans.stream().anyMatch(p -> p.status().finished() && p.finishedOn() != null && today.isBefore(p.finishedOn().plus(retention)))) {
            duties.add(Duty.RETENTION_PERIOD);
        }
        if (openReferral) {
            duties.add(Duty.REFERRAL_OPEN);
        }
        return duties;
    }
}
