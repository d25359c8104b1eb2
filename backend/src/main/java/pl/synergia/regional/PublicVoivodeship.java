package pl.synergia.regional;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A voivodeship's social-employment entities, their places and its MLW gminas (public registers only)")
public record PublicVoivodeship(
        @Schema(required = true, example = "14") String code,
        @Schema(required = true, example = "mazowieckie") String name,
        @Schema(required = true, description = "Entities by group: CIS, KIS, WTZ, ZAZ, OWES, COOP (social cooperatives)",
                example = "{\"CIS\": 12, \"KIS\": 30, \"WTZ\": 45, \"ZAZ\": 6, \"OWES\": 5, \"COOP\": 120}") Map<String, Long> entities,
        @Schema(required = true, description = "Places by group: CIS, KIS, WTZ, ZAZ") Map<String, Long> places,
        @Schema(required = true, description = "Gminas with a signed (active) MLW Pakt") long mlwGminas,
        @Schema(nullable = true, description = "Those gminas (in the answer for one voivodeship only)") List<PublicMlwGmina> mlwGminaList) {

    @Schema(name = "PublicMlwGmina", description = "A gmina with a signed (active) MLW Pakt")
    public record PublicMlwGmina(
            @Schema(required = true, example = "1408011") String teryt,
            @Schema(required = true, example = "Legionowo") String name,
            @Schema(required = true, example = "legionowski") String powiatName,
            @Schema(nullable = true, description = "Signed on") java.time.LocalDate since,
            @Schema(nullable = true, description = "GET /api/v1/public/partnerships/{id}") java.util.UUID partnershipId,
            @Schema(required = true) int signatories) {
    }
}
