package pl.synergia.regional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "The RPW (Regionalna Platforma Współpracy) of a voivodeship: members and meetings")
public record RpwResponse(
        @Schema(required = true, example = "14") String voivodeship,
        @Schema(required = true, example = "mazowieckie") String voivodeshipName,
        @Schema(required = true, description = "Everyone who served or serves, the serving first, by name") List<Member> members,
        @Schema(required = true, description = "Newest first") List<MeetingSummary> meetings,
        @Schema(required = true, description = "The caller may change members and meetings (the voivodeship's ROPS)") boolean canManage) {

    @Schema(name = "RpwMember", description = "A member of the RPW; ETag (If-Match) of a change is its version")
    public record Member(
            @Schema(required = true) UUID id,
            @Schema(required = true) String personName,
            @Schema(required = true) InstitutionRef institution,
            @Schema(required = true) RepresentativeRole representativeRole,
            @Schema(required = true) boolean chair,
            @Schema(required = true) LocalDate fromDate,
            @Schema(nullable = true) LocalDate toDate,
            @Schema(required = true, description = "Serving today") boolean active,
            @Schema(required = true) long version) {
    }

    @Schema(name = "RpwMeetingSummary", description = "A meeting, in the list")
    public record MeetingSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) LocalDate heldOn,
            @Schema(required = true) String place,
            @Schema(required = true) int present,
            @Schema(required = true) int decisions,
            @Schema(required = true) Instant recordedAt,
            @Schema(required = true) long version) {
    }
}
