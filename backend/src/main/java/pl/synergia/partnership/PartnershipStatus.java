package pl.synergia.partnership;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DRAFT → CONSULTATION → ACTIVE → DISSOLVED; CONSULTATION may go back to DRAFT. */
@Schema(description = "Lifecycle: DRAFT → CONSULTATION → ACTIVE → DISSOLVED; CONSULTATION may go back to DRAFT")
public enum PartnershipStatus {
    DRAFT, CONSULTATION, ACTIVE, DISSOLVED;

    /** The statuses this one may move to by a transition request (the §5.3 dissolution also happens on withdrawal). */
    public Set<PartnershipStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(CONSULTATION);
            case CONSULTATION -> EnumSet.of(DRAFT, ACTIVE);
            case ACTIVE -> EnumSet.of(DISSOLVED);
            case DISSOLVED -> EnumSet.noneOf(PartnershipStatus.class);
        };
    }

    public boolean canMoveTo(PartnershipStatus to) {
        return next().contains(to);
    }

    /** Title, goals and text may be drafted. */
    public boolean drafting() {
        return this == DRAFT || this == CONSULTATION;
    }
}
