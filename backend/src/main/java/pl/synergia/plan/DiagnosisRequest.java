package pl.synergia.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A socio-professional diagnosis: the areas assessed (an area left out is not explored), when it was made "
        + "and until when it is valid")
public record DiagnosisRequest(
        @Schema(required = true, description = "The day of the diagnostic interview") @NotNull @PastOrPresent LocalDate madeOn,
        @Schema(nullable = true, description = "Valid until this day; six months after madeOn when left out") LocalDate validUntil,
        @Schema(nullable = true) @Size(max = 2000) String summary,
        @Schema(required = true) @NotNull @Size(max = 8) List<@Valid @NotNull Area> areas) {

    @Schema(name = "DiagnosisAreaRequest")
    public record Area(@Schema(required = true) @NotNull DiagnosisArea area,
            @Schema(required = true) @NotNull Assessment assessment,
            @Schema(nullable = true) @Size(max = 2000) String notes) {
    }
}
