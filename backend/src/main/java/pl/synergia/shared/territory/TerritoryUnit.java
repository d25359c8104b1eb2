package pl.synergia.shared.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A voivodeship, powiat or gmina of the TERYT register. */
@Schema(description = "A territorial unit: voivodeship (2-digit code), powiat (4) or gmina (7)")
public record TerritoryUnit(
        @Schema(required = true) String code,
        @Schema(required = true) String name,
        @Schema(nullable = true, description = "Official kind, e.g. powiat, miasto na prawach powiatu, gmina wiejska") String type) {
}
