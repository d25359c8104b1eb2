package pl.synergia.directory.hsds;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an institution works (HSDS location): its registered address, with the gmina's TERYT code. */
@Schema(name = "HsdsLocation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsLocation(
        @Schema(required = true) UUID id,
        @JsonProperty("location_type") @Schema(required = true, enumeration = { "physical", "postal", "virtual" }) String locationType,
        @JsonProperty("organization_id") UUID organizationId,
        String name,
        @JsonProperty("external_identifier") @Schema(description = "TERYT code of the gmina") String externalIdentifier,
        @JsonProperty("external_identifier_type") String externalIdentifierType,
        @Schema(required = true) List<HsdsAddress> addresses) {
}
