package pl.synergia.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The officer's moves on a request. */
public final class DataSubjectRequestChange {

    private DataSubjectRequestChange() {
    }

    @Schema(name = "DataSubjectRequestExtension", description = "Extend the answer's deadline by one or two further months (GDPR art. "
            + "12(3)), within the first month, with the reason told to the person")
    public record Extension(@Schema(required = true, minimum = "1", maximum = "2") @NotNull @Min(1) @Max(2) Integer months,
            @Schema(required = true) @NotNull @Size(min = 1, max = 1000) String reason) {
    }

    @Schema(name = "DataSubjectRequestDecision", description = "Grant (erasure carried out now; restriction in force from now) or refuse "
            + "(with the reason, e.g. the statutory duty that keeps the data)")
    public record Decision(@Schema(required = true, description = "GRANTED or REFUSED") @NotNull DataSubjectRequest.Status outcome,
            @Schema(nullable = true, description = "Required for a refusal") @Size(max = 2000) String reason) {
    }

    @Schema(name = "DataSubjectRequestLifting", description = "Lift a restriction in force (the person is told beforehand, GDPR art. 18(3))")
    public record Lifting(@Schema(required = true) @NotNull @Size(min = 1, max = 1000) String reason) {
    }
}
