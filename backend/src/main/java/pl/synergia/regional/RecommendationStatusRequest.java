package pl.synergia.regional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Move a recommendation on: ACKNOWLEDGED, then IMPLEMENTED or DECLINED (with a reason)")
public record RecommendationStatusRequest(
        @Schema(required = true) @NotNull RecommendationStatus status,
        @Schema(nullable = true, maxLength = RecommendationPolicy.REASON_MAX, description = "Required when DECLINED; "
                + "an optional note when IMPLEMENTED; not taken when ACKNOWLEDGED") @Size(max = RecommendationPolicy.REASON_MAX) String reason) {
}
