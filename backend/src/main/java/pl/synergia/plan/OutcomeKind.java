package pl.synergia.plan;

/** What came of a plan for the person. */
public enum OutcomeKind {
    JOB_TAKEN, TRAINING_COMPLETED, LEFT_PROGRAMME, MOVED_TO_CIS, MOVED_TO_KIS, SOCIAL_COOPERATIVE_JOINED, OTHER
}
