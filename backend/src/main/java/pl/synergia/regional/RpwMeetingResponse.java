package pl.synergia.regional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.web.Versioned;

@Schema(description = "A meeting of the RPW with attendance, minutes and decisions. ETag (If-Match) is its version")
public record RpwMeetingResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String voivodeship,
        @Schema(required = true) LocalDate heldOn,
        @Schema(required = true) String place,
        @Schema(required = true) String agenda,
        @Schema(required = true, description = "Members present") List<RpwResponse.Member> attendance,
        @Schema(nullable = true) String minutes,
        @Schema(required = true) List<String> decisions,
        @Schema(required = true) String recordedBy,
        @Schema(required = true) Instant recordedAt,
        @Schema(required = true) long version) implements Versioned {
}
