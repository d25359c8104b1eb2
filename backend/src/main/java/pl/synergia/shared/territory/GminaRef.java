package pl.synergia.shared.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A gmina with the names of its powiat and voivodeship, as shown next to an address. */
@Schema(description = "A gmina (TERYT) with its powiat and voivodeship")
public record GminaRef(
        @Schema(required = true, description = "7-digit TERYT code of the gmina (TERC 2025)", pattern = "^[0-9]{7}$") String teryt,
        @Schema(required = true) String name,
        @Schema(required = true, description = "Official gmina type, e.g. gmina miejska") String type,
        @Schema(required = true) String powiatName,
        @Schema(required = true) String voivodeshipName) {

    public static GminaRef of(Gmina gmina) {
        return new GminaRef(gmina.teryt, gmina.name, gmina.type, gmina.powiat.name, gmina.powiat.voivodeship.name);
    }
}
