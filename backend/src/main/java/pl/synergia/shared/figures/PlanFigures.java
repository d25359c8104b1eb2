package pl.synergia.shared.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the individual action plans tell the region: counts per gmina of the person's residence
 * and month (or day), never a row per person; implemented by the plan context. Periods are
 * half-open, {@code [from, to)}, in Polish time.
 */
public interface PlanFigures {

    /** People (each counted once) with a plan in force on each day: not a draft, begun, not yet finished. */
    List<DayCount> peopleWithActivePlan(Collection<LocalDate> days);

    /** Plans (not drafts) whose period began in the month. */
    List<MonthCount> plansStarted(LocalDate from, LocalDate to);

    /** Plans finished (completed or closed) in the month. */
    List<MonthCount> plansClosed(LocalDate from, LocalDate to);

    /** Outcomes recorded as occurring in the month; {@code key} is the outcome kind. */
    List<MonthCount> outcomes(LocalDate from, LocalDate to);

    /**
     * Referrals sent in the month; {@code key} is {@code FROM>TO}, the groups {@code groups} gives
     * the sending and the receiving institution (e.g. their types; {@code ?} for one it does not name).
     */
    List<MonthCount> referralsSent(LocalDate from, LocalDate to, Map<UUID, String> groups);

    /** Referrals answered in the month with acceptance; {@code key} as for {@link #referralsSent}. */
    List<MonthCount> referralsAccepted(LocalDate from, LocalDate to, Map<UUID, String> groups);

    /** Referrals answered in the month with a rejection; {@code key} as for {@link #referralsSent}. */
    List<MonthCount> referralsRejected(LocalDate from, LocalDate to, Map<UUID, String> groups);

    /**
     * The median time (days, fractional) from sending to answering of the referrals answered in
     * each month and each calendar year of {@code [from, to)}, for every gmina (7 digits), powiat
     * (4) and voivodeship (2) that has any; {@code answered} is how many the median is of.
     */
    List<AnswerTime> referralAnswerTimes(LocalDate from, LocalDate to);

    /** Plan steps begun in the month (actual start, else planned), not cancelled; {@code key} is the catalogue service code. */
    List<MonthCount> stepsStarted(LocalDate from, LocalDate to);

    /**
     * What became of people after their plans (e.g. the EFS+ result indicators): the follow-ups
     * recorded for plans finished (exit) in the month; {@code month} is the month of exit and
     * {@code key} is {@code CHECKPOINT:STATUS}, the checkpoint {@code EXIT}, {@code MONTHS_3} or
     * {@code MONTHS_6} and the status {@code EMPLOYED}, {@code IN_TRAINING}, {@code UNEMPLOYED} or
     * {@code UNKNOWN} (e.g. {@code MONTHS_6:EMPLOYED}).
     */
    List<MonthCount> followUps(LocalDate from, LocalDate to);

    record DayCount(String gminaTeryt, LocalDate day, long count) {
    }

    /** {@code key} is empty when the figure has no breakdown. */
    record MonthCount(String gminaTeryt, YearMonth month, String key, long count) {
    }

    /** {@code period} is {@code YYYY-MM} or {@code YYYY}; {@code unit} a TERYT code of 2, 4 or 7 digits. */
    record AnswerTime(String unit, String period, long answered, double medianDays) {
    }
}
