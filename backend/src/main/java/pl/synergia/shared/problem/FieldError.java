package pl.synergia.shared.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: which field or parameter, and what is wrong with it, in words a person can act on. */
@Schema(description = "One invalid input")
public record FieldError(
        @Schema(description = "Name of the parameter or JSON field (dotted path for nested fields)", required = true) String field,
        @Schema(description = "What is wrong with it", required = true) String message) {
}
