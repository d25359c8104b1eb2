package pl.synergia.directory.hsds;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A fully nested service (HSDS compiled service): one offering of one institution. */
@Schema(name = "HsdsService", description = "HSDS service: a catalogue service as one institution offers it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsService(
        @Schema(required = true) UUID id,
        @JsonProperty("organization_id") @Schema(required = true) UUID organizationId,
        @Schema(required = true) String name,
        @JsonProperty("alternate_name") String alternateName,
        String description,
        String email,
        @Schema(required = true, enumeration = { "active", "inactive", "defunct", "temporarily closed" }) String status,
        @JsonProperty("last_modified") Instant lastModified,
        @Schema(description = "Absent when the service is nested in its organization") HsdsOrganizationListItem organization,
        @Schema(required = true) List<HsdsPhone> phones,
        @Schema(required = true) List<HsdsContact> contacts,
        @Schema(required = true) List<HsdsSchedule> schedules,
        @JsonProperty("service_at_locations") @Schema(required = true) List<HsdsServiceAtLocation> serviceAtLocations,
        @Schema(required = true) List<HsdsServiceCapacity> capacities,
        @Schema(required = true) List<HsdsAttribute> attributes) {
}
