package pl.synergia.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Special-category data (GDPR art. 9): shown only to institutions with an article 9 basis")
public record SensitiveData(
        @Schema(nullable = true) ClientSensitive.DisabilityLevel disabilityLevel,
        @Schema(nullable = true) Boolean addiction,
        @Schema(nullable = true) Boolean homeless,
        @Schema(nullable = true, description = "Receives social assistance since") @PastOrPresent LocalDate socialAssistanceSince,
        @Schema(nullable = true) @Size(max = 2000) String notes) {
}
