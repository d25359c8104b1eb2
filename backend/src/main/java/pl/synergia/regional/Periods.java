package pl.synergia.regional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Periods of the figures: a month ({@code 2025-03}) or a calendar year ({@code 2025}). */
public final class Periods {

    public static final Pattern PERIOD = Pattern.compile("^[0-9]{4}(-(0[1-9]|1[0-2]))?$");

    private Periods() {
    }

    public static String month(int year, int month) {
        return String.format("%04d-%02d", year, month);
    }

    public static boolean isYear(String period) {
        return period.length() == 4;
    }

    public static int yearOf(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    /**
     * The day each month of a year is taken on: its last day, or {@code today} for the current
     * month; the months after today's are not computed yet.
     */
    public static List<LocalDate> daysOf(int year, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (month.atDay(1).isAfter(today)) {
                break;
            }
            LocalDate end = month.atEndOfMonth();
            days.add(end.isAfter(today) ? today : end);
        }
        return days;
    }

    /** The day the figures of a period describe: the last day of the month or year, or today when that is later. */
    public static LocalDate asOf(String period, LocalDate today) {
        LocalDate end = isYear(period) ? LocalDate.of(yearOf(period), 12, 31)
                : YearMonth.parse(period).atEndOfMonth();
        return end.isAfter(today) ? today : end;
    }
}
