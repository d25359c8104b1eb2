package pl.synergia.shared.followup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What became of people after their plans, for aggregates (e.g. the EFS+ result indicators of the
 * regional figures): counts per gmina of the person's residence, month of exit, checkpoint and
 * status, never a row per person; implemented by the plan context. The caller suppresses small
 * counts before showing them. New figures are added as new methods, never by changing these.
 */
public interface FollowUpFigures {

    /**
     * The follow-ups recorded for plans finished (exit) in {@code [from, to)}, Polish days: per gmina,
     * month of exit, checkpoint ({@code EXIT}, {@code MONTHS_3}, {@code MONTHS_6}) and status
     * ({@code EMPLOYED}, {@code IN_TRAINING}, {@code UNEMPLOYED}, {@code UNKNOWN}).
     */
    List<FollowUpCount> followUps(LocalDate from, LocalDate to);

    record FollowUpCount(String gminaTeryt, YearMonth exitMonth, String checkpoint, String status, long count) {
    }
}
