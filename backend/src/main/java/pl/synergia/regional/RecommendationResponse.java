package pl.synergia.regional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.web.Versioned;

@Schema(description = "A recommendation of the region with its history. ETag (If-Match) is its version")
public record RecommendationResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) TerritoryRef territory,
        @Schema(required = true) String text,
        @Schema(required = true) List<IndicatorRef> indicators,
        @Schema(required = true) RecommendationStatus status,
        @Schema(nullable = true, description = "Why it was declined, or a note on how it was implemented") String closingReason,
        @Schema(required = true, description = "The ROPS that issued it") InstitutionRef issuedByInstitution,
        @Schema(required = true, description = "The analyst who issued it") String issuedBy,
        @Schema(required = true) Instant issuedAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Oldest first") List<Change> history,
        @Schema(required = true, description = "The statuses the caller may move it to now") List<RecommendationStatus> allowedTransitions,
        @Schema(required = true) long version) implements Versioned {

    @Schema(name = "RecommendationTerritory", description = "The gmina or powiat a recommendation is addressed to")
    public record TerritoryRef(
            @Schema(required = true, example = "1408011") String teryt,
            @Schema(required = true) RecommendationPolicy.Level level,
            @Schema(required = true, example = "Legionowo") String name,
            @Schema(required = true, example = "legionowski") String powiatName) {
    }

    @Schema(name = "RecommendationIndicator", description = "An indicator of the catalogue a recommendation rests on")
    public record IndicatorRef(
            @Schema(required = true) String code,
            @Schema(required = true) String namePl,
            @Schema(required = true) String nameEn) {
    }

    @Schema(name = "RecommendationChange", description = "One step of the history")
    public record Change(
            @Schema(required = true) Instant at,
            @Schema(required = true) String actorName,
            @Schema(nullable = true) InstitutionRef actorInstitution,
            @Schema(nullable = true, description = "Null for the issuing") RecommendationStatus fromStatus,
            @Schema(required = true) RecommendationStatus toStatus,
            @Schema(nullable = true) String note) {
    }
}
