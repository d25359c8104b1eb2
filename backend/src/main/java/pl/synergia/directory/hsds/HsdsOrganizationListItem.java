package pl.synergia.directory.hsds;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An organization with its one-to-one fields only (HSDS compiled/organization_list.json). */
@Schema(name = "HsdsOrganizationListItem", description = "HSDS organization, one-to-one fields only")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsOrganizationListItem(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "Statutory tasks, or the description of the institution type") String description,
        String email,
        @Schema(format = "uri") String website,
        @JsonProperty("legal_status") @Schema(description = "Legal form") String legalStatus,
        @JsonProperty("parent_organization_id") @Schema(description = "The institution that runs this one, when it is an active directory entry") UUID parentOrganizationId) {
}
