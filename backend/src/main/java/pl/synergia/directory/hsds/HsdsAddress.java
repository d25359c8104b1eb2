package pl.synergia.directory.hsds;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A postal address (HSDS address); only given when street, postal code and city are all known. */
@Schema(name = "HsdsAddress")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsAddress(
        @Schema(required = true) UUID id,
        @JsonProperty("location_id") UUID locationId,
        @JsonProperty("address_1") @Schema(required = true) String address1,
        @Schema(required = true) String city,
        @Schema(description = "Powiat") String region,
        @JsonProperty("state_province") @Schema(required = true, description = "Voivodeship") String stateProvince,
        @JsonProperty("postal_code") @Schema(required = true) String postalCode,
        @Schema(required = true, description = "ISO 3166-1 alpha-2") String country,
        @JsonProperty("address_type") @Schema(required = true, enumeration = { "physical", "postal", "virtual" }) String addressType) {
}
