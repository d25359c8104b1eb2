package pl.synergia.partnership;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A member of the ZSL, delegated by a joined signatory")
public record ZslMemberRequest(
        @Schema(required = true) @NotBlank @Size(max = 200) String personName,
        @Schema(required = true, description = "The signatory (JOINED) that delegates the person") @NotNull UUID signatoryId,
        @Schema(required = true) @NotNull ZslRole role,
        @Schema(required = true) @NotNull LocalDate fromDate,
        @Schema(nullable = true) LocalDate toDate) {
}
