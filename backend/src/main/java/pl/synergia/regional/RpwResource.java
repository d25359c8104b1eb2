package pl.synergia.regional;

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
import pl.synergia.shared.body.MinutesDocument;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.Preconditions;

/** The RPW (Regionalna Platforma Współpracy) of a voivodeship: members, meetings, minutes. Kept by the voivodeship's ROPS. */
@Path("/api/v1/regional/rpw/{voivodeship}")
@Tag(name = "Regional")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.REGIONAL_ANALYST, Roles.ADMIN })
@APIResponse(responseCode = "404", description = "No such voivodeship, member or meeting, or a voivodeship other than the analyst's (audited)")
public class RpwResource {

    static final String PDF = "application/pdf";
    private static final String IF_MATCH = "ETag of the version being changed (the member's or the meeting's)";

    @Inject
    RpwService service;

    @GET
    @Operation(operationId = "getRpw", summary = "The voivodeship's RPW: members and meetings")
    @APIResponse(responseCode = "200", description = "The RPW",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RpwResponse.class)))
    public RpwResponse get(@Parameter(example = "14", schema = @Schema(pattern = "^[0-9]{2}$")) @PathParam("voivodeship") String voivodeship) {
        return service.get(voivodeship);
    }

    @POST
    @Path("/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addRpwMember", summary = "Add a member delegated by an institution")
    @APIResponse(responseCode = "201", description = "The RPW with the member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RpwResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed or missing values")
    @APIResponse(responseCode = "422", description = "Not an institution of the directory, dates out of order, or a second chair for the same days")
    public Response addMember(@PathParam("voivodeship") String voivodeship, @Valid @NotNull RpwMemberRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.addMember(voivodeship, request)).build();
    }

    @PUT
    @Path("/members/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRpwMember", summary = "Change a member (e.g. end their membership with toDate); If-Match is the member's version")
    @APIResponse(responseCode = "200", description = "The RPW with the changed member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RpwResponse.class)))
    @APIResponse(responseCode = "400", description = "The memberId is not a UUID, or a malformed body")
    @APIResponse(responseCode = "412", description = "Someone else changed the member since it was read; nothing saved")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @APIResponse(responseCode = "422", description = "Invalid values")
    public RpwResponse updateMember(@PathParam("voivodeship") String voivodeship, @PathParam("memberId") UUID member,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RpwMemberRequest request) {
        return service.updateMember(voivodeship, member, Preconditions.expectedVersion(ifMatch), request);
    }

    @POST
    @Path("/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addRpwMeeting", summary = "Record a meeting: date, place, agenda, members present, minutes, decisions")
    @APIResponse(responseCode = "201", description = "The meeting; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RpwMeetingResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed or missing values")
    @APIResponse(responseCode = "422", description = "Someone present is not a member serving on that day")
    public Response addMeeting(@PathParam("voivodeship") String voivodeship, @Valid @NotNull BodyMeetingRequest request) {
        return Preconditions.created(service.addMeeting(voivodeship, request));
    }

    @GET
    @Path("/meetings/{meetingId}")
    @Operation(operationId = "getRpwMeeting", summary = "One meeting with attendance, minutes and decisions")
    @APIResponse(responseCode = "200", description = "The meeting; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RpwMeetingResponse.class)))
    public Response meeting(@PathParam("voivodeship") String voivodeship, @PathParam("meetingId") UUID meeting) {
        return Preconditions.ok(service.meeting(voivodeship, meeting));
    }

    @PUT
    @Path("/meetings/{meetingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRpwMeeting", summary = "Change a meeting's record (e.g. add the minutes); If-Match is the meeting's version")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RpwMeetingResponse.class)))
    @APIResponse(responseCode = "400", description = "The meetingId is not a UUID, or a malformed body")
    @APIResponse(responseCode = "412", description = "Someone else changed the meeting since it was read; nothing saved")
    @APIResponse(responseCode = "428", description = "No If-Match")
    @APIResponse(responseCode = "422", description = "Invalid values")
    public Response updateMeeting(@PathParam("voivodeship") String voivodeship, @PathParam("meetingId") UUID meeting,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BodyMeetingRequest request) {
        return Preconditions.ok(service.updateMeeting(voivodeship, meeting, Preconditions.expectedVersion(ifMatch), request));
    }

    @GET
    @Path("/meetings/{meetingId}/minutes.pdf")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @Operation(operationId = "getRpwMeetingMinutes", summary = "The minutes of a meeting as PDF (Polish), with the attendance list")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response minutes(@PathParam("voivodeship") String voivodeship, @PathParam("meetingId") UUID meeting) {
        MinutesDocument.Pdf pdf = service.minutes(voivodeship, meeting);
        return Response.ok(pdf.content(), PDF).header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"").build();
    }
}
