package pl.synergia.plan;

import java.util.Map;
import java.util.Set;

/** Status of a plan step; only the transitions listed here are allowed (a finished step stays finished). */
public enum StepStatus {
    PLANNED, IN_PROGRESS, DONE, STANDBY, ABANDONED, CANCELLED;

    private static final Map<StepStatus, Set<StepStatus>> NEXT = Map.of(
            PLANNED, Set.of(IN_PROGRESS, STANDBY, CANCELLED),
            IN_PROGRESS, Set.of(DONE, STANDBY, ABANDONED),
            STANDBY, Set.of(IN_PROGRESS, ABANDONED, CANCELLED),
            DONE, Set.of(),
            ABANDONED, Set.of(),
            CANCELLED, Set.of());

    public boolean canMoveTo(StepStatus next) {
        return this == next || NEXT.get(this).contains(next);
    }

    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS || this == STANDBY;
    }
}
