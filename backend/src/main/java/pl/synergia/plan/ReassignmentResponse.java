package pl.synergia.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a reassignment moved")
public record ReassignmentResponse(
        @Schema(required = true, description = "Cases moved to the colleague") int moved,
        @Schema(required = true, description = "Cases the colleague already had: the leaving caseworker was only removed") int merged,
        @Schema(required = true, description = "Cases left as they are because a restriction of processing is in force (the "
                + "data-protection officer reassigns them)") int skippedRestricted) {
}
