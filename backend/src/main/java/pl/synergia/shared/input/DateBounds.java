package pl.synergia.shared.input;

import java.time.LocalDate;

/**
 * The dates the API accepts: 1900-01-01 to 2100-12-31. Every date of the domain (a birth date, a
 * plan period, a meeting, an agreement) lies in it; a year 0000, 9999 or +999999999 is a typing
 * or probing error, never data. Fields narrow it further with their own constraints (Past, ...).
 */
public final class DateBounds {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2100, 12, 31);

    private DateBounds() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    public static String message() {
        return "must be between " + MIN + " and " + MAX;
    }
}
