package pl.synergia.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "A person the officer's institution serves, found by the search")
public record DpoPersonMatch(
        @Schema(required = true) UUID id,
        @Schema(required = true) String firstName,
        @Schema(required = true) String lastName,
        @Schema(nullable = true) LocalDate birthDate,
        @Schema(required = true) String gminaTeryt,
        @Schema(required = true) InstitutionRef registeredBy,
        @Schema(required = true, description = "A restriction of processing is in force") boolean restricted) {
}
