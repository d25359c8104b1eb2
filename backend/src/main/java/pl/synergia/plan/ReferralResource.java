package pl.synergia.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.PersonalData;

/** The referral inbox and outbox of the caller's institution, and the answers to a referral. */
@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "One institution asks another to take a step of a plan; every access audited")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR })
@PersonalData
@APIResponse(responseCode = "403", description = "Not staff or coordinator of an institution")
public class ReferralResource {

    @Inject
    ReferralService service;

    @GET
    @Operation(operationId = "listReferrals", summary = "One page of the referrals to (box=in) or from (box=out) the caller's institution, "
            + "optionally in some statuses, newest first; each referral shown is audited")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    @APIResponse(responseCode = "400", description = "box is not in or out, an unknown status, or invalid paging")
    public ReferralPage box(@BeanParam ReferralQuery query,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        ReferralQuery.ReferralFilter filter = query.filter(errors);
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        return service.box(filter, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReferral", summary = "One referral sent or received by the caller's institution (the receiver sees "
            + "only the minimum about the person until it accepts); audited")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "404", description = "No such referral to or from the caller's institution")
    public ReferralResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/acceptance")
    @Operation(operationId = "acceptReferral", summary = "Accept a referral (the receiving institution): it then sees the plan")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "404", description = "No such referral to the caller's institution")
    @APIResponse(responseCode = "409", description = "Not SENT")
    public ReferralResponse accept(@PathParam("id") UUID id) {
        return service.accept(id);
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectReferral", summary = "Reject a referral with a reason (the receiving institution)")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "404", description = "No such referral to the caller's institution")
    @APIResponse(responseCode = "409", description = "Not SENT")
    @APIResponse(responseCode = "422", description = "No reason")
    public ReferralResponse reject(@PathParam("id") UUID id,
            @Valid @NotNull ReferralRejection rejection) {
        return service.reject(id, rejection.reason());
    }

    @POST
    @Path("/{id}/completion")
    @Operation(operationId = "completeReferral", summary = "Mark an accepted referral done (the receiving institution)")
    @APIResponse(responseCode = "200", description = "Done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "404", description = "No such referral to the caller's institution")
    @APIResponse(responseCode = "409", description = "Not ACCEPTED")
    public ReferralResponse complete(@PathParam("id") UUID id) {
        return service.complete(id);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(operationId = "withdrawReferral", summary = "Withdraw a SENT or ACCEPTED referral (the sending institution)")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "404", description = "No such referral from the caller's institution")
    @APIResponse(responseCode = "409", description = "Already finished")
    public ReferralResponse withdraw(@PathParam("id") UUID id) {
        return service.withdraw(id);
    }
}
