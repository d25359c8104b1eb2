package pl.synergia.shared.institution;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The institution a caller belongs to, as far as the caller needs to know it. */
@Schema(description = "The caller's institution")
public record InstitutionRef(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) InstitutionType type) {
}
