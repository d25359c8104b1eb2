package pl.synergia.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "One rectification of a client's data: who, when, why and what changed")
public record ClientChangeResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant changedAt,
        @Schema(required = true) String changedBy,
        @Schema(nullable = true) InstitutionRef institution,
        @Schema(nullable = true) String reason,
        @Schema(required = true) List<Field> fields) {

    /** A history row as the wire shows it, with its institution already looked up (null when none). */
    static ClientChangeResponse of(ClientChange c, InstitutionRef institution) {
        return new ClientChangeResponse(c.id, c.changedAt, c.changedByName, institution, c.reason,
                c.changes.stream().map(f -> new Field(f.field(), f.oldValue(), f.newValue(), f.specialCategory())).toList());
    }

    @Schema(name = "ClientChangeField", description = "A changed field; a special-category field says only that it changed")
    public record Field(@Schema(required = true, description = "firstName, lastName, pesel, birthDate, phone, email, gminaTeryt, or "
            + "sensitive.disabilityLevel, sensitive.addiction, sensitive.homeless, sensitive.socialAssistanceSince, sensitive.notes")
            String field,
            @Schema(nullable = true, description = "Null for a special-category field") String oldValue,
            @Schema(nullable = true, description = "Null for a special-category field") String newValue,
            @Schema(required = true) boolean specialCategory) {
    }
}
