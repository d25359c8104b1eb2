package pl.synergia.plan;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a referral box, newest first (when reading changes: oldest change first)")
public record ReferralPage(
        @Schema(required = true) List<ReferralResponse> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages,
        @Schema(required = true, description = "How many referrals matching the filter (on any page) still await an answer after their answer-by date")
        long overdueItems,
        @Schema(nullable = true, description = "Only when reading changes (updatedSince or after): give it as after to read the "
                + "next changes; on an empty page it is the cursor asked with. Opaque.") String nextCursor) {
}
