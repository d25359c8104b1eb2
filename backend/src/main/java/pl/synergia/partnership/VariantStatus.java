package pl.synergia.partnership;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "CONSIDERED → CHOSEN → IN_PROGRESS → DONE; any open status → ABANDONED; CHOSEN may go back to CONSIDERED. "
        + "At most one variant of a partnership is CHOSEN, IN_PROGRESS or DONE")
public enum VariantStatus {
    CONSIDERED, CHOSEN, IN_PROGRESS, DONE, ABANDONED;

    public Set<VariantStatus> next() {
        return switch (this) {
            case CONSIDERED -> EnumSet.of(CHOSEN, ABANDONED);
            case CHOSEN -> EnumSet.of(CONSIDERED, IN_PROGRESS, ABANDONED);
            case IN_PROGRESS -> EnumSet.of(DONE, ABANDONED);
            case DONE, ABANDONED -> EnumSet.noneOf(VariantStatus.class);
        };
    }

    public boolean canMoveTo(VariantStatus to) {
        return this == to || next().contains(to);
    }

    /** The gmina's choice: counts towards "one chosen variant at a time". */
    public boolean chosen() {
        return this == CHOSEN || this == IN_PROGRESS || this == DONE;
    }
}
