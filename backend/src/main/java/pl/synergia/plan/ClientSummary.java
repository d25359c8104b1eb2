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
        boolean anonymised,
        @Schema(nullable = true, description = "Status of the person's plan the caller's institution sees (ACTIVE before DRAFT before "
                + "COMPLETED before CLOSED when several); null without a plan") PlanStatus planStatus,
        @Schema(nullable = true, description = "The next date due in the person's active plans the caller sees: the earliest planned "
                + "end of an open step or end of a plan's period; null when nothing is due") LocalDate nextDue) {
}
