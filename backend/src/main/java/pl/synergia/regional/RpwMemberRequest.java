package pl.synergia.regional;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A member of the RPW, delegated by an institution of the directory")
public record RpwMemberRequest(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String personName,
        @Schema(required = true, description = "The delegating institution (directory)") @NotNull UUID institutionId,
        @Schema(required = true) @NotNull RepresentativeRole representativeRole,
        @Schema(description = "Chairs the RPW (one chair at a time)") boolean chair,
        @Schema(required = true) @NotNull LocalDate fromDate,
        @Schema(nullable = true) LocalDate toDate) {
}
