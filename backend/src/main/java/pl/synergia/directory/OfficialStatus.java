package pl.synergia.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An official status the law grants (CIS status, KIS register entry, ZAZ status, OWES accreditation, KRAZ entry)")
public record OfficialStatus(
        @Schema(required = true) @NotNull OfficialStatusKind kind,
        @Schema(nullable = true, description = "Who granted it, e.g. Wojewoda Mazowiecki") @Size(max = 200) String grantedBy,
        @Schema(nullable = true) LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo) {
}
