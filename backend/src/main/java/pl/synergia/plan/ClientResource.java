package pl.synergia.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.pdf.PdfRenderer;
import pl.synergia.shared.problem.Problem;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.Ids;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.PersonalData;

/**
 * Clients (people served by the partners) and the legal basis of sharing their data. Only staff
 * and coordinators of an institution; every read and write is audited. No PESEL or name is ever
 * part of a URL: clients are addressed by id.
 */
@Path("/api/v1/clients")
@Tag(name = "Clients", description = "People served by the partners; personal data, every access audited")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR })
@PersonalData
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not staff or coordinator of an institution, or not allowed to do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The database cannot be reached; try again after Retry-After seconds",
        headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClientResource {

    @Inject
    ClientService service;

    @Inject
    ClientExportService exports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerClient", summary = "Register a person served by the caller's institution")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A client with this PESEL is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid values; errors[] lists them; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull ClientRequest request, @Context UriInfo uri) {
        ClientResponse created = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listCaseload", summary = "The caller institution's caseload: clients it registered or serves on a plan team with a legal basis")
    @APIResponse(responseCode = "200", description = "One page of clients")
    @APIResponse(responseCode = "400", description = "Invalid paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientPage caseload(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        return service.caseload(paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClient", summary = "A client; special-category data only with an article 9 basis")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "404", description = "No such client visible to the caller's institution (the attempt is audited)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientResponse get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return service.get(Ids.uuid("id", id));
    }

    @GET
    @Path("/{id}/sharing")
    @Operation(operationId = "listClientSharing", summary = "Legal bases of sharing the client's data, active and withdrawn")
    @APIResponse(responseCode = "200", description = "The sharing records, newest first")
    @APIResponse(responseCode = "404", description = "No such client visible to the caller's institution",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SharingResponse> sharing(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return service.sharing(Ids.uuid("id", id));
    }

    @POST
    @Path("/{id}/sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordClientSharing", summary = "Record consent or another legal basis of sharing with an institution (registrar or plan lead)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SharingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such client visible to the caller's institution",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid values",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addSharing(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Valid @NotNull SharingRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.addSharing(Ids.uuid("id", id), request)).build();
    }

    @POST
    @Path("/{id}/sharing/{sharingId}/withdrawal")
    @Operation(operationId = "withdrawClientSharing", summary = "Withdraw a sharing: from this moment the institution no longer sees the client")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SharingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such client or sharing record",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SharingResponse withdraw(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("sharingId") String sharingId) {
        return service.withdraw(Ids.uuid("id", id), Ids.uuid("sharingId", sharingId));
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed(Roles.DPO)
    @Operation(operationId = "exportClientData", summary = "Everything held about the person, for their access or portability request "
            + "(GDPR art. 15 and 20; data-protection officer of an institution that may see the client)",
            description = "Identity, special-category data (when the officer's institution has an article 9 basis or registered the "
                    + "person), sharing records, the plans the institution may see with goals, steps, meetings, outcomes and referrals, "
                    + "and which institutions accessed the data and when. Each export is written to the audit log.")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientExport.class)))
    @APIResponse(responseCode = "404", description = "No such client visible to the caller's institution (the attempt is audited)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientExport export(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return exports.export(Ids.uuid("id", id));
    }

    @GET
    @Path("/{id}/export.pdf")
    @Produces(PlanResource.PDF)
    @RolesAllowed(Roles.DPO)
    @Operation(operationId = "exportClientDataPdf", summary = "The data-subject export as a PDF document in Polish, for the person to keep "
            + "(data-protection officer of an institution that may see the client)",
            description = "The same content as GET /api/v1/clients/{id}/export. Each export is written to the audit log.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment whose name holds no name or PESEL",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = PlanResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such client visible to the caller's institution (the attempt is audited)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportPdf(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        UUID uuid = Ids.uuid("id", id);
        String fileName = "dane-osobowe-" + uuid + "-" + LocalDate.now(PdfRenderer.POLAND) + ".pdf";
        return Response.ok(exports.exportPdf(uuid), PlanResource.PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    @GET
    @Path("/{id}/access-log")
    @RolesAllowed(Roles.DPO)
    @Operation(operationId = "getClientAccessLog", summary = "Who accessed the client's data (data-protection officer of an institution serving the client)")
    @APIResponse(responseCode = "200", description = "The latest 500 accesses, newest first")
    @APIResponse(responseCode = "404", description = "No such client served by the caller's institution",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AccessLogEntry> accessLog(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return service.accessLog(Ids.uuid("id", id));
    }
}
