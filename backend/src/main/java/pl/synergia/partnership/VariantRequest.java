package pl.synergia.partnership;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organisational variant the gmina considers or chose (codes: GET /api/v1/catalogue/organisational-variants)")
public record VariantRequest(
        @Schema(required = true, description = "Catalogue code, e.g. KIS_NEW_BY_OPS_OR_NGO") @NotBlank @Size(max = 60) String variantCode,
        @Schema(required = true) @NotNull VariantStatus status,
        @Schema(nullable = true, description = "When the ZSL chose it") LocalDate decidedOn,
        @Schema(nullable = true) LocalDate startedOn,
        @Schema(nullable = true) LocalDate finishedOn,
        @Schema(nullable = true, description = "JOIN_NEIGHBOURING_GMINA_CIS_KIS only, and required there: the neighbouring gmina's CIS or KIS")
        UUID partnerInstitutionId,
        @Schema(nullable = true, description = "KIS_NEW_BY_OPS_OR_NGO only, and required there: who founds the KIS") KisFounder founder,
        @Schema(nullable = true, description = "KIS_NEW_BY_OPS_OR_NGO only: the founding OPS or NGO, if already known") UUID founderInstitutionId,
        @Schema(nullable = true) @Size(max = 4000) String notes) {
}
