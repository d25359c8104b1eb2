package pl.synergia.directory.hsds;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A register number of an organization (HSDS organization_identifier): KRS, REGON, NIP or another register entry. */
@Schema(name = "HsdsOrganizationIdentifier")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsOrganizationIdentifier(
        @Schema(required = true) UUID id,
        @JsonProperty("organization_id") UUID organizationId,
        @JsonProperty("identifier_scheme") String identifierScheme,
        @JsonProperty("identifier_type") @Schema(required = true) String identifierType,
        @Schema(required = true) String identifier) {
}
