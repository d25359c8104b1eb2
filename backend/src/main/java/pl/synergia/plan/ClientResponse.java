package pl.synergia.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "A client as the caller's institution may see them")
public record ClientResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "A neutral marker once anonymised") String firstName,
        @Schema(required = true, description = "A neutral marker once anonymised") String lastName,
        @Schema(nullable = true) String pesel,
        @Schema(nullable = true, description = "Null once anonymised") LocalDate birthDate,
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String email,
        @Schema(required = true) String gminaTeryt,
        @Schema(required = true) InstitutionRef registeredBy,
        @Schema(required = true, description = "Whether the caller's institution may see special-category data") boolean sensitiveVisible,
        @Schema(nullable = true, description = "Null unless sensitiveVisible") SensitiveData sensitive,
        @Schema(required = true, description = "Whether the caller's institution records and withdraws sharing for this client") boolean canManageSharing,
        @Schema(required = true) List<PlanSummary> plans,
        @Schema(required = true, description = "The retention period passed and the identity was removed: no name, PESEL, "
                + "contacts or special-category data remain, only what the statistics need") boolean anonymised,
        @Schema(required = true, description = "The caller may rectify the data (staff of the registering institution, or its "
                + "data-protection officer)") boolean canRectify,
        @Schema(required = true, description = "A restriction of processing (GDPR art. 18) is in force: the record is read-only for "
                + "everyone but the data-protection officer") boolean restricted,
        @Schema(required = true, description = "Also the ETag for If-Match") long version) implements pl.synergia.shared.web.Versioned {
}
