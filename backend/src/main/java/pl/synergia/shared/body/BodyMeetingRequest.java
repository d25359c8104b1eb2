package pl.synergia.shared.body;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting of a working body (a ZSL or an RPW), as recorded by the person keeping the minutes. */
@Schema(name = "BodyMeetingRequest", description = "A meeting of a working body (ZSL of a gmina, RPW of a voivodeship)")
public record BodyMeetingRequest(
        @Schema(required = true) @NotNull LocalDate heldOn,
        @Schema(required = true, maxLength = 300) @NotBlank @Size(max = 300) String place,
        @Schema(required = true, maxLength = 4000) @NotBlank @Size(max = 4000) String agenda,
        @Schema(nullable = true, maxItems = 100, description = "Members present (ids of members serving on that day)") @Size(max = 100) List<@NotNull UUID> attendance,
        @Schema(nullable = true, maxLength = 20000, description = "The minutes (protokół)") @Size(max = 20000) String minutes,
        @Schema(nullable = true, maxItems = 50, description = "Decisions taken, one per item") @Size(max = 50) List<@NotBlank @Size(max = 2000) String> decisions) {

    /** The values as stored: texts stripped, blank minutes absent, no null lists. */
    public BodyMeetingRequest normalised() {
        return new BodyMeetingRequest(heldOn, place.strip(), agenda.strip(), attendance == null ? List.of() : List.copyOf(attendance),
                minutes == null || minutes.isBlank() ? null : minutes.strip(),
                decisions == null ? List.of() : decisions.stream().map(String::strip).toList());
    }
}
