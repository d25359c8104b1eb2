package pl.synergia.plan;

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
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.PersonalData;
import pl.synergia.shared.web.Preconditions;

/**
 * The data-protection officer's tools: finding a person (by PESEL or name and birth date, in a
 * request body, never a URL) and the register of erasure and restriction requests.
 */
@Path("/api/v1/dpo")
@Tag(name = "Data protection", description = "The data-protection officer's search and register of the data subject's requests; audited")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.DPO)
@PersonalData
@APIResponse(responseCode = "403", description = "Not a data-protection officer of an institution")
public class DpoResource {

    private static final String IF_MATCH = "ETag of the request as read";

    @Inject
    DataSubjectRightsService service;

    @POST
    @Path("/searches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchDataSubjects", summary = "Find people the officer's institution serves, by PESEL or by last name and "
            + "birth date; every person found is audited (and an empty search too, without what was searched for)")
    @APIResponse(responseCode = "200", description = "The people found (at most 50)")
    @APIResponse(responseCode = "422", description = "Neither a PESEL nor a last name with a birth date")
    public List<DpoPersonMatch> search(@Valid @NotNull DpoSearchRequest request) {
        return service.search(request);
    }

    @GET
    @Path("/requests")
    @Operation(operationId = "listDataSubjectRequests", summary = "The institution's register of erasure and restriction requests, newest first")
    @APIResponse(responseCode = "200", description = "One page of requests")
    @APIResponse(responseCode = "400", description = "Invalid parameters")
    public DataSubjectRequestPage register(
            @Parameter(description = "open: only requests awaiting an answer; all (default): every request",
                    schema = @Schema(enumeration = { "open", "all" }, defaultValue = "all")) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(page, size, errors);
        if (status != null && !status.equals("open") && !status.equals("all")) {
            errors.add(new FieldError("status", "invalid", "must be open or all"));
        }
        PageParams.failIfAny(errors);
        return service.register("open".equals(status), paging);
    }

    @POST
    @Path("/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordDataSubjectRequest", summary = "Record an erasure or restriction request; the answer is due one month "
            + "after receipt")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataSubjectRequestResponse.class)))
    @APIResponse(responseCode = "404", description = "No such client served by the officer's institution (the attempt is audited)")
    @APIResponse(responseCode = "409", description = "The person is anonymised")
    @APIResponse(responseCode = "422", description = "Grounds of the other kind of request")
    public Response record(@Valid @NotNull DataSubjectRequestCreate request, @Context UriInfo uri) {
        DataSubjectRequestResponse created = service.record(request);
        return Preconditions.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created);
    }

    @GET
    @Path("/requests/{id}")
    @Operation(operationId = "getDataSubjectRequest", summary = "A request of the register, with the statutory duties that keep the data "
            + "(erasure) and what the officer may do")
    @APIResponse(responseCode = "200", description = "The request",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataSubjectRequestResponse.class)))
    @APIResponse(responseCode = "404", description = "Not in the institution's register")
    public Response get(@PathParam("id") UUID id) {
        return Preconditions.ok(service.get(id));
    }

    @POST
    @Path("/requests/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "extendDataSubjectRequest", summary = "Extend the answer's deadline by one or two months (once, within the first month)")
    @APIResponse(responseCode = "200", description = "Extended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataSubjectRequestResponse.class)))
    @APIResponse(responseCode = "404", description = "Not in the institution's register")
    @APIResponse(responseCode = "409", description = "Already answered or already extended")
    @APIResponse(responseCode = "422", description = "Months not 1 or 2, or the first month has passed")
    public Response extend(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DataSubjectRequestChange.Extension request) {
        return Preconditions.ok(service.extend(id, Preconditions.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/requests/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideDataSubjectRequest", summary = "Grant (an erasure is carried out at once, a restriction is in force at "
            + "once) or refuse with the reason")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataSubjectRequestResponse.class)))
    @APIResponse(responseCode = "404", description = "Not in the institution's register")
    @APIResponse(responseCode = "409", description = "Already answered")
    @APIResponse(responseCode = "422", description = "A refusal without a reason, or an erasure a statutory duty forbids (statutory-duty)")
    public Response decide(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DataSubjectRequestChange.Decision request) {
        return Preconditions.ok(service.decide(id, Preconditions.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/requests/{id}/lifting")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "liftRestriction", summary = "Lift a restriction in force (the person is told beforehand)")
    @APIResponse(responseCode = "200", description = "Lifted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataSubjectRequestResponse.class)))
    @APIResponse(responseCode = "404", description = "Not in the institution's register")
    @APIResponse(responseCode = "409", description = "Not a restriction in force")
    @APIResponse(responseCode = "422", description = "Invalid values (the reason missing or too long)")
    public Response lift(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DataSubjectRequestChange.Lifting request) {
        return Preconditions.ok(service.lift(id, Preconditions.expectedVersion(ifMatch), request));
    }
}
