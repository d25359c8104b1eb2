package pl.synergia.integration;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An event as CloudEvents 1.0 (structured JSON): what the change feed lists and what a webhook
 * delivery carries. {@code data} holds ids and codes only, never personal data; {@code sequence}
 * (the CloudEvents sequence extension) is the event's position in the platform's feed.
 */
@Schema(name = "CloudEvent", description = "An event in CloudEvents 1.0 JSON format", example = """
        {"specversion": "1.0", "id": "6f1c2a9e-0c4b-4a57-9d0e-3b1f7f0e2a11", "source": "/api/v1/referrals",
         "type": "pl.synergia.referral.accepted", "subject": "2d5b7a10-8c3e-4f43-a7a8-1f0f3c9d5e62",
         "time": "2026-12-07T10:15:30.123456Z", "datacontenttype": "application/json", "sequence": "42",
         "data": {"planId": "9a4f0c55-53c1-4b8e-9d38-5c1e3a7b2f90", "fromInstitutionId": "a1000000-0000-4000-8000-000000000001",
                  "toInstitutionId": "a1000000-0000-4000-8000-000000000002", "status": "ACCEPTED"}}""")
@JsonPropertyOrder({ "specversion", "id", "source", "type", "subject", "time", "datacontenttype", "sequence", "data" })
public record CloudEvent(
        @Schema(required = true, enumeration = "1.0") String specversion,
        @Schema(required = true, description = "Unique per event; also the webhook-id of its deliveries") UUID id,
        @Schema(required = true, description = "The collection of the record it is about, e.g. /api/v1/referrals") String source,
        @Schema(required = true, description = "pl.synergia.<record>.<what happened>, e.g. pl.synergia.referral.accepted") String type,
        @Schema(required = true, description = "The id of the record it is about") String subject,
        @Schema(required = true) OffsetDateTime time,
        @Schema(required = true, enumeration = "application/json") String datacontenttype,
        @Schema(required = true, description = "Position in the feed (CloudEvents sequence extension): increasing, gap-free "
                + "across the platform, so a reader sees gaps only where events were not for it") String sequence,
        @Schema(required = true, description = "Ids and codes of the event (never personal data)") Map<String, String> data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** Media type of a CloudEvent in structured mode (the body of a webhook delivery). */
    public static final String MEDIA_TYPE = "application/cloudevents+json";

    public static CloudEvent of(UUID id, String aggregateType, String type, UUID subject, OffsetDateTime time, long position,
            Map<String, String> data) {
        return new CloudEvent(SPEC_VERSION, id, "/api/v1/" + aggregateType + "s", type, subject.toString(), time,
                DATA_CONTENT_TYPE, Long.toString(position), data);
    }

    public static CloudEvent of(pl.synergia.shared.events.PublishedEvent event) {
        return of(event.id(), event.type().aggregateType(), event.type().cloudEventType(), event.aggregateId(),
                event.occurredAt(), event.position(), event.data());
    }
}
