package pl.synergia.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import pl.synergia.shared.input.DateBounds;
import pl.synergia.shared.problem.FieldError;

/**
 * Parses optional query parameters from their raw strings, collecting every problem so one 400
 * answer names them all. Blank means absent (null).
 */
public final class Params {

    public static final int MAX_TEXT = 200;

    private Params() {
    }

    public static String text(String name, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(name, "too-long", "must be at most " + MAX_TEXT + " characters"));
            return null;
        }
        return value;
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "unknown-value", "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    public static LocalDate date(String name, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            if (!DateBounds.contains(date)) {
                errors.add(new FieldError(name, "out-of-range", DateBounds.message()));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "not-a-date", "must be a date in the form YYYY-MM-DD"));
            return null;
        }
    }

    public static boolean bool(String name, String raw, boolean defaultValue, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new FieldError(name, "not-a-boolean", "must be true or false"));
                yield defaultValue;
            }
        };
    }

    /**
     * An optional UUID filter, parsed here rather than by {@link UuidParameters} so that one 400
     * answer names it together with the other bad query parameters.
     */
    public static UUID uuid(String name, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        UUID id = UuidParameters.parse(raw.strip());
        if (id == null) {
            errors.add(UuidParameters.malformed(name));
        }
        return id;
    }

    /** A TERYT code prefix: 2 (voivodeship), 4 (powiat) or 7 (gmina) digits. */
    public static String terytPrefix(String name, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (!value.matches("^([0-9]{2}|[0-9]{4}|[0-9]{7})$")) {
            errors.add(new FieldError(name, "not-teryt", "must be a TERYT code of 2, 4 or 7 digits"));
            return null;
        }
        return value;
    }
}
