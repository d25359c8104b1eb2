package pl.synergia.catalogue;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionType;

@Schema(description = "Reference description of an institution type")
public record InstitutionTypeResponse(
        @Schema(required = true) InstitutionType code,
        @Schema(nullable = true, description = "Common abbreviation, if there is one") String abbreviationPl,
        @Schema(required = true) String namePl,
        @Schema(required = true) String nameEn,
        @Schema(required = true, enumeration = { "KEY", "SUPPORTING", "REGIONAL" },
                description = "Key stakeholders activate people; supporting ones may cooperate") String stakeholderRole,
        @Schema(nullable = true) String legalBasisPl,
        @Schema(nullable = true) String descriptionPl,
        @Schema(nullable = true) String descriptionEn,
        @Schema(required = true) List<String> statutoryTasksPl,
        @Schema(required = true) List<String> toolsPl,
        @Schema(required = true) List<String> cooperationAreasPl,
        @Schema(nullable = true, description = "The official status the law grants this type, if any") String officialStatusPl,
        @Schema(required = true) List<CodeLabel> legalRegimes,
        @Schema(required = true, description = "Catalogue entries institutions of this type provide") List<ServiceSummary> services) {
}
