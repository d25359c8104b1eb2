package pl.synergia.shared.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid input: which field or parameter, and what is wrong with it, in words a person can act on;
 * {@code params} carries the numbers and names a client needs to word {@code code} itself.
 */
@Schema(description = "One invalid input")
public record FieldError(
        @Schema(description = "Name of the parameter or JSON field (dotted path for nested fields)", required = true) String field,
        @Schema(description = "Machine-readable reason, for clients that word their own messages: a Bean Validation "
                + "constraint name (NotBlank, Size, Pattern, Email, PositiveOrZero, NotNull, Nip, Regon) or one of "
                + "not-a-number, out-of-range, too-long, unknown-value, not-a-date, not-a-boolean, not-teryt, not-a-uuid, "
                + "required, not-found, invalid-reference, invalid-for-type, date-order, duplicate, too-few-signatories, "
                + "missing-party, duplicate-party, extra-party, exclusive, not-a-cursor, not-a-date-time, missing-scope, "
                + "not-http, not-a-url, credentials, unknown-host, internal-address, too-many", required = true) String code,
        @Schema(description = "What is wrong with it, in English", required = true) String message,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "Values the code is worded with, when it has any (e.g. required and joined for "
                + "too-few-signatories, type for missing-party); numbers stay numbers") Map<String, Object> params) {

    public FieldError(String field, String code, String message) {
        this(field, code, message, Map.of());
    }
}
