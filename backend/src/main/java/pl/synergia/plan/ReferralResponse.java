package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.catalogue.ServiceRef;
import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "A referral; until the receiving institution accepts, it shows only the minimum about the person")
public record ReferralResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID planId,
        @Schema(required = true) Person person,
        @Schema(required = true) InstitutionRef from,
        @Schema(required = true) InstitutionRef to,
        @Schema(nullable = true) ServiceRef service,
        @Schema(required = true) String message,
        @Schema(required = true) LocalDate responseDue,
        @Schema(required = true) boolean overdue,
        @Schema(required = true) Referral.Status status,
        @Schema(nullable = true) String rejectionReason,
        @Schema(required = true) String sentBy,
        @Schema(required = true) Instant sentAt,
        @Schema(nullable = true) String respondedBy,
        @Schema(nullable = true) Instant respondedAt,
        @Schema(required = true, description = "Actions the caller's institution may take now: ACCEPT, REJECT, COMPLETE, WITHDRAW") java.util.Set<String> actions,
        @Schema(required = true, description = "When the referral last changed (sent, answered, done, withdrawn): the order of the "
                + "changes read with updatedSince") Instant updatedAt) {

    /** Minimum data: first name, initial of the last name, birth year and gmina until accepted; the full name after. */
    @Schema(name = "ReferralPerson")
    public record Person(@Schema(required = true) String firstName, @Schema(required = true) String lastName,
            @Schema(nullable = true) Integer birthYear, @Schema(required = true) String gminaTeryt,
            @Schema(required = true, description = "False while only the minimum is shown") boolean full,
            @Schema(required = true, description = "The retention period passed and the identity was removed: the names are a neutral "
                    + "marker and there is no birth year") boolean anonymised) {
    }
}
