package pl.synergia.partnership;

import pl.synergia.shared.web.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "A signatory: a directory institution or a private person. ETag (If-Match) is its version")
public record SignatoryResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "Institution name, or the private person's name") String displayName,
        @Schema(nullable = true, description = "Set for an institution") InstitutionRef institution,
        @Schema(nullable = true, description = "Set for a private person") InvitationRequest.Person person,
        @Schema(nullable = true, description = "Who signs; set once joined") Representative representative,
        @Schema(required = true) SignatoryStatus status,
        @Schema(required = true, description = "The initiating institution") boolean initiator,
        @Schema(required = true) String invitedBy,
        @Schema(required = true) Instant invitedAt,
        @Schema(nullable = true) LocalDate joinedOn,
        @Schema(nullable = true, description = "Who recorded the joining (e.g. a paper signature of a private person)") String joinedRecordedBy,
        @Schema(nullable = true) LocalDate withdrawnOn,
        @Schema(nullable = true) String withdrawalReason,
        @Schema(nullable = true, description = "When it was declined, cancelled or withdrawn") Instant closedAt,
        @Schema(required = true) List<SignatoryAction> actions,
        @Schema(required = true) long version) implements Versioned {
}
