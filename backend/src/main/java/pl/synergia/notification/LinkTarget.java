package pl.synergia.notification;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.events.EventType;

/** What a notification is about, as the SPA turns it into a route: the kind of record and its id (never a name). */
@Schema(name = "NotificationLink", description = "The record a notification is about: the SPA opens REFERRAL as /referrals/{id}, "
        + "PLAN as /plans/{id}, PARTNERSHIP as /partnerships/{id}, INSTITUTION as /institutions/{id}, "
        + "RECOMMENDATION as /recommendations/{id}")
public record LinkTarget(@Schema(required = true) Kind type, @Schema(required = true) UUID id) {

    @Schema(name = "NotificationLinkType")
    public enum Kind {
        REFERRAL, PLAN, PARTNERSHIP, INSTITUTION, RECOMMENDATION
    }

    /** Every event links to the record it is about (its aggregate). */
    public static LinkTarget of(EventType type, UUID aggregateId) {
        Kind kind = switch (type.aggregateType()) {
            case "referral" -> Kind.REFERRAL;
            case "plan" -> Kind.PLAN;
            case "partnership" -> Kind.PARTNERSHIP;
            case "institution" -> Kind.INSTITUTION;
            case "recommendation" -> Kind.RECOMMENDATION;
            default -> throw new IllegalArgumentException("no link for " + type);
        };
        return new LinkTarget(kind, aggregateId);
    }

    /** The SPA's path of the record (the same routes as the SPA's links). */
    public String path() {
        return switch (type) {
            case REFERRAL -> "/referrals/" + id;
            case PLAN -> "/plans/" + id;
            case PARTNERSHIP -> "/partnerships/" + id;
            case INSTITUTION -> "/institutions/" + id;
            case RECOMMENDATION -> "/recommendations/" + id;
        };
    }
}
