package pl.synergia.directory.hsds;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Whom to contact (HSDS contact). */
@Schema(name = "HsdsContact")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsContact(
        @Schema(required = true) UUID id,
        @JsonProperty("organization_id") UUID organizationId,
        @JsonProperty("service_id") UUID serviceId,
        @Schema(description = "Free text as recorded in the directory (person, role or how to reach them)") String name,
        String email) {
}
