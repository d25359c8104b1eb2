package pl.synergia.shared.importjob;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One problem in an import file: where (line of the file, column) and what. */
@Schema(description = "One problem in an import file")
public record ImportRowError(
        @Schema(required = true, description = "Line of the file (1 is the header row; a row with a line break inside quotes starts here)") int line,
        @Schema(nullable = true, description = "Column name from the header row; null when the problem is the whole row") String column,
        @Schema(required = true, description = "Machine-readable reason: a Bean Validation constraint name (NotBlank, Size, Pattern, Email, "
                + "PositiveOrZero, Nip, Regon) or one of required, unknown-value, not-a-number, not-a-date, not-a-boolean, "
                + "invalid-reference, invalid-for-type, date-order, duplicate, circular-reference, wrong-column-count, unknown-column, missing-column")
        String code,
        @Schema(required = true, description = "What is wrong, in English") String message) {
}
