package pl.synergia.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import pl.synergia.shared.web.Params;
import pl.synergia.shared.web.Preconditions;
import pl.synergia.shared.web.SortField;
import pl.synergia.shared.web.SortField.Sort;

/** The Gminny Katalog Interesariuszy of a partnership (seed 004). */
@Path("/api/v1/partnerships/{id}/stakeholders")
@Tag(name = "Partnerships")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.DPO, Roles.INTEGRATION })
@APIResponse(responseCode = "403", description = "Only coordinators of joined signatories change the catalogue")
@APIResponse(responseCode = "404", description = "No such partnership or stakeholder")
public class StakeholderResource {

    private static final String IF_MATCH = "ETag of the stakeholder entry's version, e.g. \"0\"";

    @Inject
    StakeholderService service;

    @GET
    @Operation(operationId = "listStakeholders", summary = "The stakeholder catalogue, filtered by code and sector, a page at a time")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or invalid filter, paging or sorting parameters")
    public StakeholderPage list(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(implementation = StakeholderCode.class)) @QueryParam("code") String code,
            @Parameter(schema = @Schema(implementation = StakeholderSector.class)) @QueryParam("sector") String sector,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "name, sector, code or createdAt; prefix - for descending",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = StakeholderSort.DEFAULT, enumeration = {
                            "name", "-name", "sector", "-sector", "code", "-code", "createdAt", "-createdAt" }))
            @QueryParam("sort") String sort) {
        List<FieldError> errors = new ArrayList<>();
        StakeholderCode c = Params.enumValue("code", code, StakeholderCode.class, errors);
        StakeholderSector s = Params.enumValue("sector", sector, StakeholderSector.class, errors);
        PageParams paging = PageParams.parse(page, size, errors);
        Sort<StakeholderSort> order = SortField.parse(StakeholderSort.class, sort, StakeholderSort.DEFAULT, errors);
        PageParams.failIfAny(errors);
        return service.list(id, c, s, order, paging);
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addStakeholder", summary = "Add an entry to the catalogue")
    @APIResponse(responseCode = "201", description = "Added; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderResponse.class)))
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "Invalid values: neither or both of institution and name, an unknown institution, "
            + "an influence scenario for a SUPPORTER; nothing stored")
    public Response add(@PathParam("id") UUID id,
            @Valid @NotNull StakeholderRequest request) {
        StakeholderResponse created = service.add(id, request);
        return Preconditions.created(created);
    }

    @GET
    @Path("/{stakeholderId}")
    @Operation(operationId = "getStakeholder", summary = "One entry of the catalogue")
    @APIResponse(responseCode = "200", description = "The entry; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderResponse.class)))
    public Response get(@PathParam("id") UUID partnership,
            @PathParam("stakeholderId") UUID stakeholder) {
        return Preconditions.ok(service.get(partnership, stakeholder));
    }

    @PUT
    @Path("/{stakeholderId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateStakeholder", summary = "Change an entry of the catalogue")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderResponse.class)))
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "Invalid values")
    public Response update(@PathParam("id") UUID partnership,
            @PathParam("stakeholderId") UUID stakeholder,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StakeholderRequest request) {
        return Preconditions.ok(service.update(partnership, stakeholder, Preconditions.expectedVersion(ifMatch), request));
    }

    @DELETE
    @Path("/{stakeholderId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "removeStakeholder", summary = "Remove an entry from the catalogue (kept in the history)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    public Response remove(@PathParam("id") UUID partnership,
            @PathParam("stakeholderId") UUID stakeholder,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(partnership, stakeholder, Preconditions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

}
