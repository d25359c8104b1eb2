package pl.synergia.regional;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a gmina stands in the MLW (Model Lokalnej Współpracy) now: its Pakt, catalogue, ZSL, variant and signatories")
public record MlwGmina(
        @Schema(required = true, example = "1408011") String teryt,
        @Schema(required = true, example = "Legionowo") String name,
        @Schema(required = true, example = "legionowski") String powiatName,
        @Schema(required = true, description = "The stage of the Pakt that counts for the gmina (the most advanced)") MlwStage.Stage stage,
        @Schema(nullable = true, description = "Since when") LocalDate stageSince,
        @Schema(nullable = true, description = "An ACTIVE Pakt, a public record (GET /api/v1/public/partnerships/{id})") UUID partnershipId,
        @Schema(required = true, description = "Entries of the gmina's stakeholder catalogue") int stakeholders,
        @Schema(nullable = true) LocalDate zslEstablishedOn,
        @Schema(required = true) int zslMembers,
        @Schema(nullable = true, description = "The organisational variant chosen (catalogue organisational_variant)",
                example = "KIS_NEW_BY_OPS_OR_NGO") String variantCode,
        @Schema(nullable = true, example = "IN_PROGRESS") String variantStatus,
        @Schema(required = true, description = "Parties now") int signatories,
        @Schema(required = true, description = "Parties by sector (SOCIAL_ASSISTANCE, LABOUR_MARKET, CIVIL_SOCIETY, ...)") Map<String, Integer> signatoriesBySector) {
}
