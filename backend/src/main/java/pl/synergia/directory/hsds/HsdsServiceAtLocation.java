package pl.synergia.directory.hsds;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A service delivered at a location (HSDS service_at_location). */
@Schema(name = "HsdsServiceAtLocation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsServiceAtLocation(
        @Schema(required = true) UUID id,
        @JsonProperty("service_id") UUID serviceId,
        @JsonProperty("location_id") UUID locationId,
        HsdsLocation location) {
}
