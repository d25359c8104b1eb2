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

/** Signatories of a partnership: invitations, joining, declining, cancelling, withdrawing. */
@Path("/api/v1/partnerships/{id}/signatories")
@Tag(name = "Partnerships")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.DPO, Roles.INTEGRATION })
@APIResponse(responseCode = "403", description = "The caller's roles or institution do not allow this")
@APIResponse(responseCode = "404", description = "No such partnership or signatory")
public class SignatoryResource {

    static final String IF_MATCH = "ETag of the signatory's version (from the list), e.g. \"0\"";

    @Inject
    SignatoryService service;

    @GET
    @Operation(operationId = "listPartnershipSignatories", summary = "All signatories and invitations, the initiator first, then by date invited")
    @APIResponse(responseCode = "200", description = "The signatories")
    public List<SignatoryResponse> list(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteSignatory", summary = "Invite an institution or a private person (a coordinator of a joined signatory); "
            + "open in any status but DISSOLVED")
    @APIResponse(responseCode = "201", description = "Invited; ETag is the signatory's version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignatoryResponse.class)))
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "Neither or both of institution and person, an unknown institution, one already "
            + "invited or joined, or (cooperation agreement) a private person, a type other than OPS/PUP/NGO or a second one of a type")
    public Response invite(@PathParam("id") UUID id,
            @Valid @NotNull InvitationRequest request) {
        SignatoryResponse created = service.invite(id, request);
        return Preconditions.created(created);
    }

    @POST
    @Path("/{signatoryId}/acceptance")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptInvitation", summary = "Join: the invited institution's coordinator; for a private person an "
            + "administrator or the initiating institution's coordinator recording the paper signature")
    @APIResponse(responseCode = "200", description = "Joined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignatoryResponse.class)))
    @APIResponse(responseCode = "409", description = "Not INVITED, or the partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "No representative for an institution, or a date in the future")
    public Response accept(@PathParam("id") UUID partnership,
            @PathParam("signatoryId") UUID signatory,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AcceptanceRequest request) {
        return Preconditions.ok(service.accept(partnership, signatory, Preconditions.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{signatoryId}/declination")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "declineInvitation", summary = "Decline an invitation (whoever may accept it)")
    @APIResponse(responseCode = "200", description = "Declined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignatoryResponse.class)))
    @APIResponse(responseCode = "409", description = "Not INVITED")
    public Response decline(@PathParam("id") UUID partnership,
            @PathParam("signatoryId") UUID signatory,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Preconditions.ok(service.decline(partnership, signatory, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{signatoryId}/cancellation")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "cancelInvitation", summary = "Cancel an invitation (a coordinator of a joined signatory)")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignatoryResponse.class)))
    @APIResponse(responseCode = "409", description = "Not INVITED")
    public Response cancel(@PathParam("id") UUID partnership,
            @PathParam("signatoryId") UUID signatory,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Preconditions.ok(service.cancel(partnership, signatory, Preconditions.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{signatoryId}/withdrawal")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawSignatory", summary = "Withdraw from the partnership (that institution's coordinator; for a private "
            + "person an administrator or the initiating institution's coordinator). If the signatories of an ACTIVE partnership "
            + "fall below the minimum, it is DISSOLVED in the same transaction and the answer says so")
    @APIResponse(responseCode = "200", description = "Withdrawn; partnershipStatus and dissolution tell what became of the partnership",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WithdrawalResponse.class)))
    @APIResponse(responseCode = "409", description = "Not JOINED, or the partnership is already DISSOLVED")
    @APIResponse(responseCode = "422", description = "No reason, or a date before joining or in the future")
    public Response withdraw(@PathParam("id") UUID partnership,
            @PathParam("signatoryId") UUID signatory,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WithdrawalRequest request) {
        WithdrawalResponse body = service.withdraw(partnership, signatory, Preconditions.expectedVersion(ifMatch), request);
        return Preconditions.ok(body, body.signatory().version());
    }

}
