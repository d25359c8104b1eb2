package pl.synergia.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A meeting of the ZSL")
public record ZslMeetingRequest(
        @Schema(required = true) @NotNull LocalDate heldOn,
        @Schema(required = true) @NotBlank @Size(max = 300) String place,
        @Schema(required = true) @NotBlank @Size(max = 4000) String agenda,
        @Schema(nullable = true, description = "Members present (ids of ZSL members serving on that day)") @Size(max = 100) List<@NotNull UUID> attendance,
        @Schema(nullable = true, description = "The minutes (protokół)") @Size(max = 20000) String minutes,
        @Schema(nullable = true, description = "Decisions taken, one per item") @Size(max = 50) List<@NotBlank @Size(max = 2000) String> decisions) {
}
