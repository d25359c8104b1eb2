package pl.synergia.shared.csv;

import java.util.regex.Pattern;

/**
 * Cells of the CSV files the API writes and reads. Spreadsheets would run a cell that starts
 * like a formula, so such cells get a leading apostrophe on export (OWASP CSV injection) and an
 * import takes it off again; phone-like values ("+48 22 ...") and negative numbers are left alone.
 */
public final class CsvCells {

    /** Spreadsheets (Excel in particular) read a UTF-8 file as UTF-8 only when it starts with a BOM. */
    public static final char BOM = '\uFEFF';

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern HARMLESS_SIGNED = Pattern.compile("^[+-][0-9 ()-]*$");
    private static final Pattern ESCAPED_FORMULA = Pattern.compile("^'[=+\\-@\t\r].*", Pattern.DOTALL);

    private CsvCells() {
    }

    /** The value as a cell a spreadsheet shows as text. */
    public static String protect(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (FORMULA_START.matcher(value).matches() && !HARMLESS_SIGNED.matcher(value).matches()) {
            return "'" + value;
        }
        return value;
    }

    /** The cell as the user meant it: the export's apostrophe removed, trimmed, blank as null. */
    public static String unprotect(String cell) {
        if (cell == null) {
            return null;
        }
        String value = ESCAPED_FORMULA.matcher(cell).matches() ? cell.substring(1) : cell;
        value = value.strip();
        return value.isEmpty() ? null : value;
    }
}
