package pl.synergia.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A catalogue service as the institution offers it")
public record OfferingRequest(
        @Schema(required = true, description = "Catalogue entry code") @NotBlank @Size(max = 64) String serviceCode,
        @Schema(nullable = true) @PositiveOrZero Integer places,
        @Schema(nullable = true, description = "When, e.g. pon.–pt. 8:00–16:00") @Size(max = 500) String schedule,
        @Schema(nullable = true, description = "Whom to contact about it") @Size(max = 500) String contact,
        @Schema(nullable = true, description = "Defaults to ACTIVE") OfferingStatus status) {
}
