package pl.synergia.directory.hsds;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** When a service is available (HSDS schedule); Synergia keeps it as free text only. */
@Schema(name = "HsdsSchedule")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsSchedule(
        @Schema(required = true) UUID id,
        @JsonProperty("service_id") UUID serviceId,
        @Schema(description = "The schedule as recorded, e.g. pon.–pt. 8:00–16:00") String description) {
}
