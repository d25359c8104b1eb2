package pl.synergia.shared.accessibility;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The deployment's data for the accessibility statement (deklaracja dostępności); the statement's text is the SPA's")
public record AccessibilityStatement(
        @Schema(required = true, description = "The public body the statement is made by") String entityName,
        @Schema(required = true) LocalDate publishedOn,
        @Schema(required = true) LocalDate updatedOn,
        @Schema(required = true, description = "The day the statement was made (self-assessment)") LocalDate preparedOn,
        @Schema(required = true) LocalDate reviewedOn,
        @Schema(required = true, description = "FULL, PARTIAL or NONE") AccessibilityConfig.Compliance compliance,
        @Schema(required = true) String contactName,
        @Schema(required = true) String contactEmail,
        @Schema(nullable = true) String contactPhone) {
}
