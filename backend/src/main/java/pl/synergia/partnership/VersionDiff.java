package pl.synergia.partnership;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnershipVersionDiff", description = "Section-by-section comparison of two versions (sections are matched by "
        + "number, or by heading when they have none), in the newer version's order with removed sections where they stood")
public record VersionDiff(
        @Schema(required = true) int from,
        @Schema(required = true) int to,
        @Schema(required = true) List<SectionChange> sections) {

    @Schema(name = "PartnershipSectionChangeKind")
    public enum Kind {
        UNCHANGED, CHANGED, ADDED, REMOVED
    }

    @Schema(name = "PartnershipSectionChange", description = "One section in either version")
    public record SectionChange(
            @Schema(nullable = true) String number,
            @Schema(nullable = true, description = "Heading in the newer version (in the older one when REMOVED)") String heading,
            @Schema(nullable = true, description = "Heading in the older version; null when ADDED") String headingBefore,
            @Schema(required = true) Kind change,
            @Schema(nullable = true, description = "Body in the older version; null when ADDED") String before,
            @Schema(nullable = true, description = "Body in the newer version; null when REMOVED") String after) {
    }
}
