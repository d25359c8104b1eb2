package pl.synergia.partnership;

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

import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.Preconditions;

/** The organisational variants of reintegration services the gmina considers and chooses (seed 004). */
@Path("/api/v1/partnerships/{id}/variants")
@Tag(name = "Partnerships")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.DPO, Roles.INTEGRATION })
@APIResponse(responseCode = "403", description = "Only coordinators of joined signatories record variants")
@APIResponse(responseCode = "404", description = "No such partnership or variant record")
public class VariantResource {

    @Inject
    VariantService service;

    @GET
    @Operation(operationId = "listPartnershipVariants", summary = "The variants considered and chosen, the chosen one first")
    @APIResponse(responseCode = "200", description = "The variants")
    public List<VariantResponse> list(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPartnershipVariant", summary = "Record a variant the gmina considers (or chose)")
    @APIResponse(responseCode = "201", description = "Recorded; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VariantResponse.class)))
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "Unknown variant, missing or misplaced variant detail (neighbouring CIS/KIS, "
            + "KIS founder), dates out of order, or another variant already chosen; nothing stored")
    public Response add(@PathParam("id") UUID id,
            @Valid @NotNull VariantRequest request) {
        VariantResponse body = service.add(id, request);
        return Preconditions.created(body);
    }

    @PUT
    @Path("/{variantId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePartnershipVariant", summary = "Change a variant record: status, dates, detail; If-Match is its version")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VariantResponse.class)))
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "Invalid values or status change (the variant code cannot change)")
    public Response update(@PathParam("id") UUID partnership,
            @PathParam("variantId") UUID variant,
            @Parameter(description = "ETag of the variant record's version") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VariantRequest request) {
        VariantResponse body = service.update(partnership, variant, Preconditions.expectedVersion(ifMatch), request);
        return Preconditions.ok(body);
    }
}
