package pl.synergia.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import pl.synergia.shared.security.RequiresScope;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Preconditions;
import pl.synergia.shared.web.SortField.Sort;
import pl.synergia.shared.web.SyncCursor;

@Path("/api/v1/institutions")
@Tag(name = "Institutions", description = "The institution directory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.INTEGRATION })
@APIResponse(responseCode = "403", description = "The caller's roles or institution do not allow this")
public class InstitutionResource {

    static final String UPDATED_SINCE = "Read changes instead of searching: what changed at or after this moment (ISO-8601 with "
            + "offset), oldest change first, deactivated entries included, the other filters applying; follow the page's "
            + "nextCursor with after. Not with page or sort.";
    static final String AFTER = "Read the changes after this cursor (the nextCursor of the previous page of changes); not with "
            + "updatedSince, page or sort";
    private static final String IF_MATCH_DESCRIPTION = "ETag of the version being changed (from the last read), e.g. \"3\"";

    @Inject
    InstitutionService service;

    @Inject
    InstitutionMapper mapper;

    @GET
    @Operation(operationId = "listInstitutions", summary = "Search the directory, a page at a time; or, with updatedSince or after, "
            + "read what changed since, oldest change first (incremental sync, docs/integration.md)")
    @APIResponse(responseCode = "200", description = "One page of institutions")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging, sorting or sync parameters")
    public InstitutionPage list(@BeanParam InstitutionQuery query,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = UPDATED_SINCE, schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("after") String after) {
        List<FieldError> errors = new ArrayList<>();
        InstitutionFilter filter = query.filter(errors);
        PageParams paging = PageParams.parse(page, size, errors);
        Sort<InstitutionSort> order = query.sortIfGiven(errors);
        SyncCursor changesAfter = SyncCursor.parse("updatedSince", updatedSince, after, errors);
        if (SyncCursor.asked(updatedSince, after)) {
            SyncCursor.refuse("page", page != null && !page.isBlank() && !page.strip().equals("0"), errors);
            SyncCursor.refuse("sort", query.sorted(), errors);
        }
        PageParams.failIfAny(errors);
        if (changesAfter != null) {
            return service.changes(filter, changesAfter, paging.size());
        }
        return service.search(filter, order, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInstitution", summary = "One institution with its offerings")
    @APIResponse(responseCode = "200", description = "The institution; its version is also the ETag",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "404", description = "No institution has this id")
    public Response get(@Parameter(description = "Institution id") @PathParam("id") UUID id) {
        return Preconditions.ok(mapper.toResponse(service.get(id)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInstitution", summary = "Add an institution to the directory (administrators)")
    @APIResponse(responseCode = "201", description = "Created; Location names it and ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "422", description = "Invalid values; errors[] lists them")
    public Response create(@Valid @NotNull InstitutionRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        InstitutionResponse created = mapper.toResponse(service.create(request));
        return Preconditions.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(RequiresScope.DIRECTORY_WRITE)
    @Operation(operationId = "updateInstitution", summary = "Change an institution's entry (its coordinator, its operator's coordinator, or an administrator)")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "404", description = "No institution has this id")
    @APIResponse(responseCode = "412", description = "Someone else changed the entry since it was read; nothing was saved")
    @APIResponse(responseCode = "422", description = "Invalid values; errors[] lists them")
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InstitutionRequest request) {
        return Preconditions.ok(mapper.toResponse(service.update(id, Preconditions.expectedVersion(ifMatch), request)));
    }

    @POST
    @Path("/{id}/deactivation")
    @RequiresScope(RequiresScope.DIRECTORY_WRITE)
    @Operation(operationId = "deactivateInstitution", summary = "Deactivate an entry (kept with its history; hidden from searches by default)")
    @APIResponse(responseCode = "200", description = "Deactivated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    public Response deactivate(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Preconditions.ok(mapper.toResponse(service.setActive(id, Preconditions.expectedVersion(ifMatch), false)));
    }

    @DELETE
    @Path("/{id}/deactivation")
    @RequiresScope(RequiresScope.DIRECTORY_WRITE)
    @Operation(operationId = "reactivateInstitution", summary = "Reactivate a deactivated entry")
    @APIResponse(responseCode = "200", description = "Active again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    public Response reactivate(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Preconditions.ok(mapper.toResponse(service.setActive(id, Preconditions.expectedVersion(ifMatch), true)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getInstitutionHistory", summary = "Every change of the entry and its offerings, newest first")
    @APIResponse(responseCode = "200", description = "One page of changes")
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or invalid paging parameters")
    @APIResponse(responseCode = "404", description = "No institution has this id")
    public InstitutionChangePage history(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        return service.history(id, paging);
    }

    @POST
    @Path("/{id}/offerings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(RequiresScope.DIRECTORY_WRITE)
    @Operation(operationId = "addOffering", summary = "Add a catalogue service the institution offers; the entry gets a new version")
    @APIResponse(responseCode = "200", description = "The entry with the new offering",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "404", description = "No institution has this id")
    @APIResponse(responseCode = "422", description = "Invalid values")
    public Response addOffering(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OfferingRequest request) {
        return Preconditions.ok(mapper.toResponse(service.addOffering(id, Preconditions.expectedVersion(ifMatch), request)));
    }

    @PUT
    @Path("/{id}/offerings/{offeringId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(RequiresScope.DIRECTORY_WRITE)
    @Operation(operationId = "updateOffering", summary = "Change an offering; the entry gets a new version")
    @APIResponse(responseCode = "200", description = "The entry with the changed offering",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such institution or offering")
    @APIResponse(responseCode = "422", description = "Invalid values")
    public Response updateOffering(@PathParam("id") UUID id,
            @PathParam("offeringId") UUID offering,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OfferingRequest request) {
        return Preconditions.ok(mapper.toResponse(
                service.updateOffering(id, offering, Preconditions.expectedVersion(ifMatch), request)));
    }

    @DELETE
    @Path("/{id}/offerings/{offeringId}")
    @RequiresScope(RequiresScope.DIRECTORY_WRITE)
    @Operation(operationId = "removeOffering", summary = "Remove an offering (kept in the history); the entry gets a new version")
    @APIResponse(responseCode = "200", description = "The entry without the offering",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstitutionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such institution or offering")
    public Response removeOffering(@PathParam("id") UUID id,
            @PathParam("offeringId") UUID offering,
            @Parameter(description = IF_MATCH_DESCRIPTION) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Preconditions.ok(mapper.toResponse(
                service.removeOffering(id, offering, Preconditions.expectedVersion(ifMatch))));
    }
}
