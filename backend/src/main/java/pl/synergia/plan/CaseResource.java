package pl.synergia.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/** A caseworker's own cases, and a coordinator's reassignment of a colleague's cases. */
@Path("/api/v1/cases")
@Tag(name = "Action plans", description = "Individual action plans; personal data, every access audited")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR })
@PersonalData
@APIResponse(responseCode = "403", description = "Not staff or coordinator of an institution, or not allowed to do this")
public class CaseResource {

    @Inject
    ReferentService referents;

    @GET
    @Path("/mine")
    @Operation(operationId = "listMyCases", summary = "The plans the caller is a referent of for their institution, by the person's name; "
            + "each plan listed is audited")
    @APIResponse(responseCode = "200", description = "One page of cases")
    @APIResponse(responseCode = "400", description = "Invalid paging parameters")
    public CasePage mine(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        return referents.mine(paging);
    }

    @POST
    @Path("/reassignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reassignCases", summary = "Move every case of one caseworker of the caller's institution to a colleague "
            + "(a coordinator, e.g. when someone leaves); each case moved is audited")
    @APIResponse(responseCode = "200", description = "What was moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReassignmentResponse.class)))
    @APIResponse(responseCode = "422", description = "fromSubject has no cases in the institution, or toSubject is not a colleague")
    public ReassignmentResponse reassign(@Valid @NotNull HandoverRequest request) {
        return referents.reassign(request);
    }
}
