package pl.synergia.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import pl.synergia.directory.InstitutionCsv.Column;
import pl.synergia.shared.importjob.CsvImportFile;
import pl.synergia.shared.importjob.ImportRowError;
import pl.synergia.shared.input.DateBounds;
import pl.synergia.shared.input.TextRules;
import pl.synergia.shared.institution.InstitutionType;

/**
 * Turns one CSV row into the same {@link InstitutionRequest} the API takes, checking every cell:
 * the import accepts exactly what the edit form accepts, and says which line and column is wrong.
 */
final class ImportRowReader {

    /** A valid row, ready to write. */
    record ImportRow(int line, String externalId, InstitutionRequest request, String operatorExternalId,
            Boolean active) {
    }

    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final Validator validator;
    private final Set<String> gminas;

    ImportRowReader(Validator validator, Set<String> gminas) {
        this.validator = validator;
        this.gminas = gminas;
    }

    /** The row as a request, or null when it has errors (added to {@code errors}). */
    ImportRow read(CsvImportFile.Row row, int headerCount, List<ImportRowError> errors) {
        int before = errors.size();
        Set<Column> failed = new HashSet<>();
        if (row.cellCount() != headerCount) {
            errors.add(new ImportRowError(row.line(), null, "wrong-column-count",
                    "has " + row.cellCount() + " cells but the header row has " + headerCount));
            return null;
        }
        // a control character (NUL above all: PostgreSQL cannot store it) makes the row unreadable as a whole
        for (Column column : Column.values()) {
            String value = row.get(column.header);
            int bad = TextRules.firstForbiddenInText(value);
            if (bad != TextRules.ALLOWED) {
                fail(row, column, "control-character", "must not contain the control character " + TextRules.describe(value, bad),
                        errors, failed);
            }
        }
        if (errors.size() > before) {
            return null;
        }
        String externalId = required(row, Column.EXTERNAL_ID, errors, failed);
        String typeText = required(row, Column.TYPE, errors, failed);
        InstitutionType type = typeText == null ? null : enumValue(row, Column.TYPE, typeText, InstitutionType.class, errors, failed);
        required(row, Column.NAME, errors, failed);
        StakeholderRole role = optionalEnum(row, Column.STAKEHOLDER_ROLE, StakeholderRole.class, errors, failed);
        String teryt = required(row, Column.GMINA_TERYT, errors, failed);
        if (teryt != null && !teryt.matches("^[0-9]{7}$")) {
            fail(row, Column.GMINA_TERYT, "not-teryt", "must be the 7-digit TERYT code of a gmina", errors, failed);
        } else if (teryt != null && !gminas.contains(teryt)) {
            fail(row, Column.GMINA_TERYT, "invalid-reference", "is not a gmina of the TERYT register", errors, failed);
        }
        OfficialStatusKind statusKind = optionalEnum(row, Column.STATUS_KIND, OfficialStatusKind.class, errors, failed);
        LocalDate validFrom = date(row, Column.STATUS_VALID_FROM, errors, failed);
        LocalDate validTo = date(row, Column.STATUS_VALID_TO, errors, failed);
        if (statusKind == null && !failed.contains(Column.STATUS_KIND) && (row.get(Column.STATUS_GRANTED_BY.header) != null
                || row.get(Column.STATUS_VALID_FROM.header) != null || row.get(Column.STATUS_VALID_TO.header) != null)) {
            fail(row, Column.STATUS_KIND, "required", "is required when the other status columns are filled", errors, failed);
        }
        if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
            fail(row, Column.STATUS_VALID_TO, "date-order", "must not be before status_valid_from", errors, failed);
        }
        Integer places = integer(row, Column.PLACES, errors, failed);
        CooperativeProfile profile = optionalEnum(row, Column.COOPERATIVE_PROFILE, CooperativeProfile.class, errors, failed);
        if (profile != null && type != null && type != InstitutionType.SPOLDZIELNIA) {
            fail(row, Column.COOPERATIVE_PROFILE, "invalid-for-type", "is only for a social cooperative (SPOLDZIELNIA)", errors, failed);
        }
        Boolean active = bool(row, Column.ACTIVE, errors, failed);
        String areas = row.get(Column.COOPERATION_AREAS.header);
        List<String> cooperationAreas = areas == null ? List.of()
                : Arrays.stream(areas.split("\\" + InstitutionCsv.LIST_SEPARATOR)).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
        String street = row.get(Column.STREET.header);
        String postalCode = row.get(Column.POSTAL_CODE.header);
        String city = row.get(Column.CITY.header);
        InstitutionRequest request = new InstitutionRequest(type, row.get(Column.NAME.header), role, teryt,
                street == null && postalCode == null && city == null ? null : new Address(street, postalCode, city),
                row.get(Column.LEGAL_FORM.header), row.get(Column.LEGAL_BASIS.header), row.get(Column.STATUTORY_TASKS.header), null,
                row.get(Column.OPERATOR_NAME.header), row.get(Column.PHONE.header), row.get(Column.EMAIL.header), row.get(Column.WEBSITE.header),
                row.get(Column.KRS.header), row.get(Column.REGON.header), row.get(Column.NIP.header), row.get(Column.REGISTER_ENTRY.header),
                statusKind == null ? null : new OfficialStatus(statusKind, row.get(Column.STATUS_GRANTED_BY.header), validFrom, validTo),
                // a synergia:<id> key names an entry that has no external identifier, and it keeps none
                places, cooperationAreas, InstitutionCsv.isSynergiaKey(externalId) ? null : externalId, profile);
        for (ConstraintViolation<InstitutionRequest> violation : validator.validate(request)) {
            String path = violation.getPropertyPath().toString();
            int bracket = path.indexOf('[');
            Column column = InstitutionCsv.FIELD_COLUMNS.get(bracket < 0 ? path : path.substring(0, bracket));
            if (column != null && failed.contains(column)) {
                continue;
            }
            String code = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(new ImportRowError(row.line(), column == null ? null : column.header, code, violation.getMessage()));
            if (column != null) {
                failed.add(column);
            }
        }
        return errors.size() > before ? null
                : new ImportRow(row.line(), externalId, request, row.get(Column.OPERATOR_EXTERNAL_ID.header), active);
    }

    private static String required(CsvImportFile.Row row, Column column, List<ImportRowError> errors, Set<Column> failed) {
        String value = row.get(column.header);
        if (value == null) {
            fail(row, column, "required", "is required", errors, failed);
        }
        return value;
    }

    private static <E extends Enum<E>> E optionalEnum(CsvImportFile.Row row, Column column, Class<E> type,
            List<ImportRowError> errors, Set<Column> failed) {
        String value = row.get(column.header);
        return value == null ? null : enumValue(row, column, value, type, errors, failed);
    }

    private static <E extends Enum<E>> E enumValue(CsvImportFile.Row row, Column column, String value, Class<E> type,
            List<ImportRowError> errors, Set<Column> failed) {
        String normalised = value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return constant;
            }
        }
        fail(row, column, "unknown-value", "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")), errors, failed);
        return null;
    }

    /** ISO dates as the export writes them, and dd.mm.yyyy as people type them in Poland. */
    private static LocalDate date(CsvImportFile.Row row, Column column, List<ImportRowError> errors, Set<Column> failed) {
        String value = row.get(column.header);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = value.contains(".") ? LocalDate.parse(value, POLISH_DATE) : LocalDate.parse(value);
            if (!DateBounds.contains(date)) {
                fail(row, column, "out-of-range", DateBounds.message(), errors, failed);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            fail(row, column, "not-a-date", "must be a date as 2026-12-31 or 31.12.2026", errors, failed);
            return null;
        }
    }

    private static Integer integer(CsvImportFile.Row row, Column column, List<ImportRowError> errors, Set<Column> failed) {
        String value = row.get(column.header);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            fail(row, column, "not-a-number", "must be a whole number", errors, failed);
            return null;
        }
    }

    private static Boolean bool(CsvImportFile.Row row, Column column, List<ImportRowError> errors, Set<Column> failed) {
        String value = row.get(column.header);
        if (value == null) {
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "tak", "1", "yes":
                return true;
            case "false", "nie", "0", "no":
                return false;
            default:
                fail(row, column, "not-a-boolean", "must be true or false (tak or nie)", errors, failed);
                return null;
        }
    }

    private static void fail(CsvImportFile.Row row, Column column, String code, String message, List<ImportRowError> errors,
            Set<Column> failed) {
        errors.add(new ImportRowError(row.line(), column.header, code, message));
        failed.add(column);
    }
}
