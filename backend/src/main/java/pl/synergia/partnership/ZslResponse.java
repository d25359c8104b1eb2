package pl.synergia.partnership;

import pl.synergia.shared.web.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "The Local Synergy Team (ZSL) of a partnership: who initiated it, members, meetings. ETag is its version")
public record ZslResponse(
        @Schema(nullable = true) ZslInitiator initiatorKind,
        @Schema(nullable = true) String initiatorName,
        @Schema(nullable = true) InstitutionRef initiatorInstitution,
        @Schema(nullable = true) LocalDate establishedOn,
        @Schema(required = true) List<Member> members,
        @Schema(required = true, description = "Newest first") List<MeetingSummary> meetings,
        @Schema(required = true, description = "The caller may change the ZSL, its members and meetings") boolean canManage,
        @Schema(required = true) long version) implements Versioned {

    @Schema(name = "ZslMember", description = "A member of the ZSL")
    public record Member(
            @Schema(required = true) UUID id,
            @Schema(required = true) String personName,
            @Schema(required = true) UUID signatoryId,
            @Schema(required = true, description = "Name of the delegating signatory") String delegatedBy,
            @Schema(required = true) ZslRole role,
            @Schema(required = true) LocalDate fromDate,
            @Schema(nullable = true) LocalDate toDate,
            @Schema(required = true, description = "Serving today") boolean active,
            @Schema(required = true) long version) {
    }

    @Schema(name = "ZslMeetingSummary", description = "A meeting, in the list")
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
