package pl.synergia.integration;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of the change feed: events the caller's institution may learn of, oldest first", example = """
        {"events": [{"specversion": "1.0", "id": "6f1c2a9e-0c4b-4a57-9d0e-3b1f7f0e2a11", "source": "/api/v1/referrals",
          "type": "pl.synergia.referral.sent", "subject": "2d5b7a10-8c3e-4f43-a7a8-1f0f3c9d5e62",
          "time": "2026-12-07T10:15:30.123456Z", "datacontenttype": "application/json", "sequence": "41",
          "data": {"planId": "9a4f0c55-53c1-4b8e-9d38-5c1e3a7b2f90", "fromInstitutionId": "a1000000-0000-4000-8000-000000000001",
                   "toInstitutionId": "a1000000-0000-4000-8000-000000000002", "status": "SENT"}}],
         "nextCursor": "41", "hasMore": false}""")
public record EventFeedPage(
        @Schema(required = true, maxItems = EventFeedResource.MAX_LIMIT) List<CloudEvent> events,
        @Schema(required = true, description = "Give it as after to read on (also when the page is empty: keep it and ask "
                + "again later). Opaque.") String nextCursor,
        @Schema(required = true, description = "True when more events wait after this page: ask again at once") boolean hasMore) {
}
