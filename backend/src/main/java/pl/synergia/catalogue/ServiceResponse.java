package pl.synergia.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionType;

@Schema(description = "A catalogue entry: one instrument under one legal regime")
public record ServiceResponse(
        @Schema(required = true) String code,
        @Schema(required = true) String kind,
        @Schema(required = true) String namePl,
        @Schema(required = true) String nameEn,
        @Schema(nullable = true) String descriptionPl,
        @Schema(nullable = true) String descriptionEn,
        @Schema(required = true) List<InstitutionType> providerTypes,
        @Schema(required = true) List<CodeLabel> targetGroups,
        @Schema(required = true) List<EligibilityRuleResponse> eligibility,
        @Schema(nullable = true) Integer durationMinDays,
        @Schema(nullable = true) Integer durationMaxDays,
        @Schema(nullable = true) Integer extensionMaxDays,
        @Schema(nullable = true, description = "Benefit paid to the participant, e.g. a stipend") String benefitPl,
        @Schema(nullable = true) String benefitEn,
        @Schema(nullable = true, description = "Null when no act governs the instrument") LegalRegimeResponse legalRegime,
        @Schema(nullable = true) String legalBasisPl,
        @Schema(nullable = true) LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        @Schema(required = true) boolean historical,
        @Schema(required = true, description = "The same instrument under other legal regimes") List<ServiceSummary> otherVersions,
        @Schema(nullable = true, description = "Where the entry comes from (seed document and section)") String source) {
}
