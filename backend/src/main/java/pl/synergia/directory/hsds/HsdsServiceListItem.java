package pl.synergia.directory.hsds;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A service with its one-to-one fields and its organization (HSDS compiled/service_list.json). */
@Schema(name = "HsdsServiceListItem", description = "HSDS service, one-to-one fields and organization")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsServiceListItem(
        @Schema(required = true) UUID id,
        @JsonProperty("organization_id") @Schema(required = true) UUID organizationId,
        @Schema(required = true, description = "Polish name of the catalogue entry") String name,
        @JsonProperty("alternate_name") @Schema(description = "English name of the catalogue entry") String alternateName,
        String description,
        String email,
        @Schema(required = true, enumeration = { "active", "inactive", "defunct", "temporarily closed" }) String status,
        @JsonProperty("last_modified") Instant lastModified,
        @Schema(required = true) HsdsOrganizationListItem organization) {
}
