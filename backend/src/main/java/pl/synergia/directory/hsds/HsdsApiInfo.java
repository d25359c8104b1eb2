package pl.synergia.directory.hsds;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The HSDS API root: which HSDS version this API speaks and where its OpenAPI document is. */
@Schema(name = "HsdsApiInfo", description = "HSDS API root information (HSDS 3.1 API reference, GET /)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsApiInfo(
        @Schema(required = true, description = "HSDS version of this API") String version,
        @Schema(description = "URL of the HSDS profile of this API; none: Synergia uses the base HSDS schemas") String profile,
        @JsonProperty("openapi_url") @Schema(required = true, description = "URL of the OpenAPI document describing this API") String openapiUrl,
        @Schema(required = true) String description) {
}
