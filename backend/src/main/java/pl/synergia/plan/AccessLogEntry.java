package pl.synergia.plan;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "One access to a client's data, from the audit log")
public record AccessLogEntry(
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true) String who,
        @Schema(nullable = true) InstitutionRef institution,
        @Schema(required = true) String recordType,
        @Schema(nullable = true) UUID recordId,
        @Schema(required = true) String action,
        @Schema(required = true) String purpose,
        @Schema(required = true, description = "ALLOWED or DENIED") String outcome) {
}
