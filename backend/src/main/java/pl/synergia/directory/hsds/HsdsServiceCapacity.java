package pl.synergia.directory.hsds;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Places of an offering (HSDS service_capacity). */
@Schema(name = "HsdsServiceCapacity")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsServiceCapacity(
        @Schema(required = true) UUID id,
        @JsonProperty("service_id") UUID serviceId,
        @Schema(required = true) HsdsUnit unit,
        @JsonProperty("unit_id") UUID unitId,
        @Schema(required = true, description = "Places as recorded in the directory; Synergia does not track free places") int available,
        @Schema(description = "Places as recorded in the directory") Integer maximum,
        String description,
        @Schema(required = true, description = "When the offering was last changed") Instant updated) {
}
