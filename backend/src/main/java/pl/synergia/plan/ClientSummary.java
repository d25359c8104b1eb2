package pl.synergia.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A client in the caseload list")
public record ClientSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String firstName,
        @Schema(required = true) String lastName,
        @Schema(nullable = true, description = "Null once anonymised") LocalDate birthDate,
        @Schema(required = true) String gminaTeryt,
        @Schema(required = true, description = "The retention period passed and the identity was removed: the names are a neutral marker")
        boolean anonymised) {
}
