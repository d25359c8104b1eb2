package pl.synergia.plan;

import java.time.Clock;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

import org.jboss.resteasy.reactive.ResponseStatus;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.PersonalData;
import pl.synergia.shared.web.Preconditions;

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
@APIResponse(responseCode = "403", description = "Not staff or coordinator of an institution, or not allowed to do this")
public class ClientResource {

    @Inject
    ClientService service;

    @Inject
    ClientExportService exports;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerClient", summary = "Register a person served by the caller's institution")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "409", description = "A client with this PESEL is already registered")
    @APIResponse(responseCode = "422", description = "Invalid values; errors[] lists them; nothing stored")
    public Response register(@Valid @NotNull ClientRequest request, @Context UriInfo uri) {
        ClientResponse created = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listCaseload", summary = "The caller institution's caseload: clients it registered, serves on a plan "
            + "team or accepted a referral for, with a legal basis; searched by name, filtered by plan status, sorted and paged "
            + "(a PESEL only through POST /api/v1/clients/search, never in a URL)")
    @APIResponse(responseCode = "200", description = "One page of clients; the count is exact up to 1000")
    @APIResponse(responseCode = "400", description = "Invalid parameters (paging, sort, plan status, text too long); errors[] lists them")
    public ClientPage caseload(
            @Parameter(description = "Words of the first or last name (each a part of one, case and diacritics ignored)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = CaseloadQuery.Q_MAX)) @QueryParam("q") String q,
            @Parameter(description = "Only people whose plan (the one the caller sees) has one of these statuses; NONE: no plan",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CaseloadPlanFilter.class, maxItems = 5))
            @QueryParam("planStatus") List<String> planStatus,
            @Parameter(description = "Order: name (last, first) or nextDue (earliest first, none last); '-' before it reverses",
                    schema = @Schema(type = SchemaType.STRING, pattern = CaseloadQuery.Sort.PATTERN, maxLength = 8, defaultValue = "name"))
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(page, size, errors);
        CaseloadQuery query = CaseloadQuery.parse(q, null, planStatus, sort, errors);
        PageParams.failIfAny(errors);
        return service.caseload(query, paging);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(200)
    @Operation(operationId = "searchCaseload", summary = "The caller institution's caseload searched with what may not be in a URL: "
            + "a PESEL (in the body), besides the name, plan status, order and page of GET /api/v1/clients")
    @APIResponse(responseCode = "200", description = "One page of clients; the count is exact up to 1000",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientPage.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "422", description = "Invalid values (PESEL not 11 digits, sort, paging); errors[] lists them")
    public ClientPage search(@Valid @NotNull CaseloadSearchRequest request) {
        List<FieldError> errors = new ArrayList<>();
        CaseloadQuery query = CaseloadQuery.parse(request.q(), request.pesel(),
                request.planStatus() == null ? List.of() : request.planStatus().stream().map(Enum::name).toList(), request.sort(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        int page = request.page() == null ? 0 : request.page();
        int size = request.size() == null ? PageParams.DEFAULT_SIZE : request.size();
        return service.caseload(query, new PageParams(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClient", summary = "A client; special-category data only with an article 9 basis")
    @APIResponse(responseCode = "200", description = "The client; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "404", description = "No such client visible to the caller's institution (the attempt is audited)")
    public Response get(@PathParam("id") UUID id) {
        return Preconditions.ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.DPO })
    @Operation(operationId = "rectifyClient", summary = "Rectify a client's data (GDPR art. 16): staff of the registering institution, "
            + "or its data-protection officer; each change is kept in the client's history")
    @APIResponse(responseCode = "200", description = "Rectified (or unchanged when nothing differed); ETag is the new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "404", description = "No such client registered by the caller's institution (the attempt is audited)")
    @APIResponse(responseCode = "409", description = "Another client has this PESEL, the person is anonymised, or a restriction of "
            + "processing is in force (only the data-protection officer changes the record then)")
    @APIResponse(responseCode = "412", description = "Someone else changed the client since it was read; nothing saved")
    @APIResponse(responseCode = "422", description = "Invalid values; errors[] lists them; nothing stored")
    public Response rectify(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the client as read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ClientUpdateRequest request) {
        return Preconditions.ok(service.rectify(id, Preconditions.expectedVersion(ifMatch), request));
    }

    @GET
    @Path("/{id}/changes")
    @Operation(operationId = "listClientChanges", summary = "The rectifications of the client's data, newest first (special-category "
            + "fields say only that they changed)")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "404", description = "No such client visible to the caller's institution (the attempt is audited)")
    public List<ClientChangeResponse> changes(@PathParam("id") UUID id) {
        return service.changes(id);
    }

    @GET
    @Path("/{id}/sharing")
    @Operation(operationId = "listClientSharing", summary = "Legal bases of sharing the client's data, active and withdrawn")
    @APIResponse(responseCode = "200", description = "The sharing records, newest first")
    @APIResponse(responseCode = "404", description = "No such client visible to the caller's institution")
    public List<SharingResponse> sharing(@PathParam("id") UUID id) {
        return service.sharing(id);
    }

    @POST
    @Path("/{id}/sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordClientSharing", summary = "Record consent or another legal basis of sharing with an institution (registrar or plan lead)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SharingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such client visible to the caller's institution")
    @APIResponse(responseCode = "422", description = "Invalid values")
    @ResponseStatus(201)
    public SharingResponse addSharing(@PathParam("id") UUID id,
            @Valid @NotNull SharingRequest request) {
        return service.addSharing(id, request);
    }

    @POST
    @Path("/{id}/sharing/{sharingId}/withdrawal")
    @Operation(operationId = "withdrawClientSharing", summary = "Withdraw a sharing: from this moment the institution no longer sees the client")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SharingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such client or sharing record")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public SharingResponse withdraw(@PathParam("id") UUID id,
            @PathParam("sharingId") UUID sharingId) {
        return service.withdraw(id, sharingId);
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
    @APIResponse(responseCode = "404", description = "No such client visible to the caller's institution (the attempt is audited)")
    public ClientExport export(@PathParam("id") UUID id) {
        return exports.export(id);
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
    @APIResponse(responseCode = "404", description = "No such client visible to the caller's institution (the attempt is audited)")
    public Response exportPdf(@PathParam("id") UUID id) {
        String fileName = "dane-osobowe-" + id + "-" + LocalDate.now(clock) + ".pdf";
        return Response.ok(exports.exportPdf(id), PlanResource.PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    @GET
    @Path("/{id}/access-log")
    @RolesAllowed(Roles.DPO)
    @Operation(operationId = "getClientAccessLog", summary = "Who accessed the client's data (data-protection officer of an institution serving the client)")
    @APIResponse(responseCode = "200", description = "The latest 500 accesses, newest first")
    @APIResponse(responseCode = "404", description = "No such client served by the caller's institution")
    public List<AccessLogEntry> accessLog(@PathParam("id") UUID id) {
        return service.accessLog(id);
    }
}
