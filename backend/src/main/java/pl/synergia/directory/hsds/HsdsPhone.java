package pl.synergia.directory.hsds;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A telephone number (HSDS phone). */
@Schema(name = "HsdsPhone")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsPhone(
        @Schema(required = true) UUID id,
        @JsonProperty("organization_id") UUID organizationId,
        @JsonProperty("service_id") UUID serviceId,
        @Schema(required = true) String number,
        @Schema(description = "RFC 6350 type: voice") String type) {
}
