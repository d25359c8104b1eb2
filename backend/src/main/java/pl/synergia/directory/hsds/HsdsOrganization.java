package pl.synergia.directory.hsds;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A fully nested organization (HSDS compiled organization) with its services. */
@Schema(name = "HsdsOrganization", description = "HSDS organization with locations, phones, identifiers, attributes and services")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsOrganization(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) String description,
        String email,
        @Schema(format = "uri") String website,
        @JsonProperty("legal_status") String legalStatus,
        @JsonProperty("parent_organization_id") UUID parentOrganizationId,
        @Schema(required = true) List<HsdsPhone> phones,
        @Schema(required = true) List<HsdsContact> contacts,
        @Schema(required = true) List<HsdsLocation> locations,
        @JsonProperty("organization_identifiers") @Schema(required = true) List<HsdsOrganizationIdentifier> organizationIdentifiers,
        @Schema(required = true) List<HsdsAttribute> attributes,
        @Schema(required = true, description = "Every offering of the institution as a full service (without its organization)") List<HsdsService> services) {
}
