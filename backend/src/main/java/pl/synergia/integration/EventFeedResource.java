package pl.synergia.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.events.Events;
import pl.synergia.shared.events.PublishedEvent;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.security.RequiresScope;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;

/**
 * The change feed: what happened that the caller's institution may learn of (the event's audience
 * names it), as CloudEvents, oldest first, from a cursor. For third-party systems (scope
 * events:read) and for the institution's staff.
 */
@Path("/api/v1/events")
@Tag(name = "Integration", description = "Change feed, webhooks and the rules for third-party systems (docs/integration.md)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.INTEGRATION })
@RequiresScope(RequiresScope.EVENTS_READ)
public class EventFeedResource {

    static final int MAX_LIMIT = 500;
    static final int DEFAULT_LIMIT = 100;
    /** The cursor that starts at the newest event: only what happens from now on. */
    static final String NOW = "now";

    @Inject
    Events events;

    @Inject
    CurrentUser user;

    @GET
    @Operation(operationId = "listEvents", summary = "The change feed of the caller's institution: events after a cursor, oldest first, as CloudEvents")
    @APIResponse(responseCode = "200", description = "One page of events and the cursor to read on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventFeedPage.class),
                    examples = {
                            @ExampleObject(name = "start from now", summary = "after=now: no events yet, the cursor of the newest event",
                                    value = "{\"events\": [], \"nextCursor\": \"1207\", \"hasMore\": false}"),
                            @ExampleObject(name = "a referral accepted", summary = "after=1207", value = """
                                    {"events": [{"specversion": "1.0", "id": "6f1c2a9e-0c4b-4a57-9d0e-3b1f7f0e2a11",
                                      "source": "/api/v1/referrals", "type": "pl.synergia.referral.accepted",
                                      "subject": "2d5b7a10-8c3e-4f43-a7a8-1f0f3c9d5e62", "time": "2026-12-07T10:15:30.123456Z",
                                      "datacontenttype": "application/json", "sequence": "1210",
                                      "data": {"planId": "9a4f0c55-53c1-4b8e-9d38-5c1e3a7b2f90",
                                               "fromInstitutionId": "a1000000-0000-4000-8000-000000000001",
                                               "toInstitutionId": "a1000000-0000-4000-8000-000000000002", "status": "ACCEPTED"}}],
                                     "nextCursor": "1210", "hasMore": false}""") }))
    @APIResponse(responseCode = "400", description = "after is not a cursor of this feed nor now, or limit out of range")
    @APIResponse(responseCode = "403", description = "Not staff or coordinator of an institution, nor a system of one with the scope events:read")
    public EventFeedPage list(
            @Parameter(description = "Where to start: a nextCursor of an earlier page; now for only what happens from now on; "
                    + "absent for the whole history the institution may see",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 20)) @QueryParam("after") String after,
            @Parameter(description = "Events per page, 1 to " + MAX_LIMIT,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
            @QueryParam("limit") String limit) {
        List<FieldError> errors = new ArrayList<>();
        Long from = cursor(after, errors);
        int size = limit(limit, errors);
        PageParams.failIfAny(errors);
        UUID institution = user.institutionId().orElseThrow(() -> ProblemException.forbidden(
                "Your account belongs to no institution, so it has no change feed."));
        if (from == null) {
            return new EventFeedPage(List.of(), Long.toString(events.lastPosition()), false);
        }
        List<PublishedEvent> page = events.afterFor(institution, from, size + 1);
        boolean more = page.size() > size;
        List<PublishedEvent> shown = more ? page.subList(0, size) : page;
        long next = shown.isEmpty() ? from : shown.get(shown.size() - 1).position();
        return new EventFeedPage(shown.stream().map(CloudEvent::of).toList(), Long.toString(next), more);
    }

    /** The position to read after; null for "now". */
    private static Long cursor(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return 0L;
        }
        String value = raw.strip();
        if (value.equals(NOW)) {
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            errors.add(new FieldError("after", "not-a-cursor", "must be a nextCursor of this feed, or now"));
            return 0L;
        }
        return Long.parseLong(value);
    }

    private static int limit(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < 1 || value > MAX_LIMIT) {
                errors.add(new FieldError("limit", "out-of-range", "must be between 1 and " + MAX_LIMIT));
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("limit", "not-a-number", "must be a whole number"));
            return DEFAULT_LIMIT;
        }
    }
}
