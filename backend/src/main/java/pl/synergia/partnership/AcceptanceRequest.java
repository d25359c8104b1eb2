package pl.synergia.partnership;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Accept an invitation: the signatory joins")
public record AcceptanceRequest(
        @Schema(nullable = true, description = "Who signs; required for an institution, defaults to the person for a private person")
        @Valid Representative representative,
        @Schema(nullable = true, description = "Date of signature; defaults to today, never in the future") LocalDate joinedOn) {
}
