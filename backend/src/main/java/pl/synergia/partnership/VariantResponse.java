package pl.synergia.partnership;

import pl.synergia.shared.web.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(name = "PartnershipVariant", description = "An organisational variant the gmina considers or chose. ETag (If-Match) is its version")
public record VariantResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Variant variant,
        @Schema(required = true) VariantStatus status,
        @Schema(required = true, description = "Statuses it may move to") Set<VariantStatus> allowedStatuses,
        @Schema(nullable = true) LocalDate decidedOn,
        @Schema(nullable = true) LocalDate startedOn,
        @Schema(nullable = true) LocalDate finishedOn,
        @Schema(nullable = true, description = "JOIN_NEIGHBOURING_GMINA_CIS_KIS: the neighbouring gmina's CIS or KIS") InstitutionRef partnerInstitution,
        @Schema(nullable = true, description = "KIS_NEW_BY_OPS_OR_NGO: who founds the KIS") KisFounder founder,
        @Schema(nullable = true) InstitutionRef founderInstitution,
        @Schema(nullable = true) String notes,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) implements Versioned {

    @Schema(name = "OrganisationalVariantRef", description = "The catalogue variant")
    public record Variant(@Schema(required = true) String code, @Schema(required = true) String namePl,
            @Schema(required = true) String nameEn) {
    }
}
