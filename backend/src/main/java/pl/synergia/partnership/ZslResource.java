package pl.synergia.partnership;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.body.BodyMeetingRequest;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.Preconditions;

/** The Local Synergy Team (Zespół Synergii Lokalnej) of a partnership: members and meetings. */
@Path("/api/v1/partnerships/{id}/zsl")
@Tag(name = "Partnerships")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.DPO, Roles.INTEGRATION })
@APIResponse(responseCode = "403", description = "Only coordinators of joined signatories change the ZSL")
@APIResponse(responseCode = "404", description = "No such partnership, member or meeting")
public class ZslResource {

    private static final String IF_MATCH = "ETag of the version being changed (the ZSL's, the member's or the meeting's)";

    @Inject
    ZslService service;

    @Inject
    PartnershipDocuments documents;

    @GET
    @Operation(operationId = "getZsl", summary = "The ZSL: who initiated it, members, meetings")
    @APIResponse(responseCode = "200", description = "The ZSL; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZslResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return Preconditions.ok(service.get(id));
    }

    @PUT
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateZsl", summary = "Record who initiated the ZSL and when it was established")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZslResponse.class)))
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "Invalid values")
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ZslRequest request) {
        return Preconditions.ok(service.update(id, Preconditions.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/members")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addZslMember", summary = "Add a member delegated by a joined signatory")
    @APIResponse(responseCode = "201", description = "The ZSL with the member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZslResponse.class)))
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "The signatory is not a JOINED signatory of this partnership, dates out of "
            + "order, or a second chair for the same days")
    public Response addMember(@PathParam("id") UUID id,
            @Valid @NotNull ZslMemberRequest request) {
        ZslResponse body = service.addMember(id, request);
        return Preconditions.created(body);
    }

    @PUT
    @Path("/members/{memberId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateZslMember", summary = "Change a member (e.g. end their membership with toDate); If-Match is the member's version")
    @APIResponse(responseCode = "200", description = "The ZSL with the changed member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZslResponse.class)))
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "Invalid values")
    public Response updateMember(@PathParam("id") UUID partnership,
            @PathParam("memberId") UUID member,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ZslMemberRequest request) {
        return Preconditions.ok(service.updateMember(partnership, member, Preconditions.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/meetings")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addZslMeeting", summary = "Record a meeting: date, place, agenda, members present, minutes, decisions")
    @APIResponse(responseCode = "201", description = "The meeting; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZslMeetingResponse.class)))
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "Someone present is not a member serving on that day")
    public Response addMeeting(@PathParam("id") UUID id,
            @Valid @NotNull BodyMeetingRequest request) {
        ZslMeetingResponse body = service.addMeeting(id, request);
        return Preconditions.created(body);
    }

    @GET
    @Path("/meetings/{meetingId}")
    @Operation(operationId = "getZslMeeting", summary = "One meeting with attendance, minutes and decisions")
    @APIResponse(responseCode = "200", description = "The meeting; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZslMeetingResponse.class)))
    public Response meeting(@PathParam("id") UUID partnership,
            @PathParam("meetingId") UUID meeting) {
        return Preconditions.ok(service.meeting(partnership, meeting));
    }

    @PUT
    @Path("/meetings/{meetingId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateZslMeeting", summary = "Change a meeting's record (e.g. add the minutes); If-Match is the meeting's version")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZslMeetingResponse.class)))
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "Invalid values")
    public Response updateMeeting(@PathParam("id") UUID partnership,
            @PathParam("meetingId") UUID meeting,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BodyMeetingRequest request) {
        return Preconditions.ok(service.updateMeeting(partnership, meeting, Preconditions.expectedVersion(ifMatch), request));
    }

    @GET
    @Path("/meetings/{meetingId}/minutes.pdf")
    @Produces({ PartnershipDocuments.PDF, MediaType.APPLICATION_JSON })
    @Operation(operationId = "getZslMeetingMinutes", summary = "The minutes of a meeting as PDF, with the attendance list")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = PartnershipDocuments.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response minutes(@PathParam("id") UUID partnership,
            @PathParam("meetingId") UUID meeting) {
        return PartnershipDocuments.response(documents.minutes(partnership, meeting));
    }


}
