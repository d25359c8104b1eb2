package pl.synergia.shared.events;

/**
 * What happened, as a CloudEvents {@code type}. Each type belongs to one aggregate type (the kind of
 * record whose id the event carries). Adding a type is adding a constant here; the text of a
 * notification about it lives with the notification channel.
 */
public enum EventType {
    REFERRAL_SENT("referral", "sent"),
    REFERRAL_ACCEPTED("referral", "accepted"),
    REFERRAL_REJECTED("referral", "rejected"),
    REFERRAL_COMPLETED("referral", "completed"),
    REFERRAL_WITHDRAWN("referral", "withdrawn"),
    REFERRAL_OVERDUE("referral", "overdue"),
    PLAN_TEAM_MEMBER_ADDED("plan", "team-member-added"),
    PLAN_TEAM_MEMBER_REMOVED("plan", "team-member-removed"),
    PLAN_STEP_ASSIGNED("plan", "step-assigned"),
    PLAN_CONTACT_DUE("plan", "contact-due"),
    PLAN_STEP_ENDING("plan", "step-ending"),
    PLAN_ENDING("plan", "ending"),
    INSTITUTION_UPDATED("institution", "updated"),
    INSTITUTION_STATUS_EXPIRING("institution", "status-expiring"),
    INSTITUTION_STATUS_EXPIRED("institution", "status-expired"),
    OFFERING_CHANGED("institution", "offering-changed"),
    PARTNERSHIP_INVITATION("partnership", "invitation"),
    PARTNERSHIP_JOINED("partnership", "joined"),
    PARTNERSHIP_WITHDRAWAL("partnership", "withdrawal"),
    PARTNERSHIP_DISSOLVED("partnership", "dissolved"),
    RECOMMENDATION_ISSUED("recommendation", "issued"),
    RECOMMENDATION_ACKNOWLEDGED("recommendation", "acknowledged"),
    RECOMMENDATION_CLOSED("recommendation", "closed");

    /** Prefix of every CloudEvents type of the platform. */
    public static final String PREFIX = "pl.synergia.";

    private final String aggregateType;
    private final String action;

    EventType(String aggregateType, String action) {
        this.aggregateType = aggregateType;
        this.action = action;
    }

    public String aggregateType() {
        return aggregateType;
    }

    /** The CloudEvents {@code type}, e.g. {@code pl.synergia.referral.sent}. */
    public String cloudEventType() {
        return PREFIX + aggregateType + "." + action;
    }

    public static EventType fromCloudEventType(String type) {
        for (EventType value : values()) {
            if (value.cloudEventType().equals(type)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown event type " + type);
    }
}
