package pl.synergia.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Record a person's erasure or restriction request in the register")
public record DataSubjectRequestCreate(
        @Schema(required = true) @NotNull UUID clientId,
        @Schema(required = true) @NotNull DataSubjectRequest.Kind kind,
        @Schema(required = true, description = "Art. 17(1) grounds for erasure, art. 18(1) for restriction") @NotNull
        DataSubjectRequest.Grounds grounds,
        @Schema(required = true, description = "The day the request was received; the answer is due one month later") @NotNull @PastOrPresent
        LocalDate receivedOn,
        @Schema(nullable = true, description = "What the person asked, in their words (no special-category data needed)") @Size(max = 2000)
        String details) {
}
