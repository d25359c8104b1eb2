package pl.synergia.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A meeting with the client, recorded by the caller's institution")
public record MeetingRequest(
        @Schema(required = true) @NotNull @PastOrPresent LocalDate heldOn,
        @Schema(required = true, description = "Who attended") @NotBlank @Size(max = 1000) String attendees,
        @Schema(nullable = true) @Size(max = 4000) String notes) {
}
