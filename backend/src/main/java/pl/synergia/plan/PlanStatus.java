package pl.synergia.plan;

import java.util.Map;
import java.util.Set;

/** Status of an action plan; only the transitions listed here are allowed. */
public enum PlanStatus {
    DRAFT, ACTIVE, COMPLETED, CLOSED;

    private static final Map<PlanStatus, Set<PlanStatus>> NEXT = Map.of(
            DRAFT, Set.of(ACTIVE, CLOSED),
            ACTIVE, Set.of(COMPLETED, CLOSED),
            COMPLETED, Set.of(CLOSED),
            CLOSED, Set.of());

    public boolean canMoveTo(PlanStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Completed or closed: nothing in the plan changes any more, and retention runs from this moment. */
    public boolean finished() {
        return this == COMPLETED || this == CLOSED;
    }

    public Set<PlanStatus> next() {
        return NEXT.get(this);
    }
}
