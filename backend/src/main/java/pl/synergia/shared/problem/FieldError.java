package pl.synergia.shared.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: which field or parameter, and what is wrong with it, in words a person can act on. */
@Schema(description = "One invalid input")
public record FieldError(
        @Schema(description = "Name of the parameter or JSON field (dotted path for nested fields)", required = true) String field,
        @Schema(description = "Machine-readable reason, for clients that word their own messages: a Bean Validation "
                + "constraint name (NotBlank, Size, Pattern, Email, PositiveOrZero, NotNull, Nip, Regon) or one of "
                + "not-a-number, out-of-range, too-long, unknown-value, not-a-date, not-a-boolean, not-teryt, not-a-uuid, "
                + "required, not-found, invalid-reference, invalid-for-type, date-order, duplicate", required = true) String code,
        @Schema(description = "What is wrong with it, in English", required = true) String message) {
}
