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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.PersonalData;

/**
 * Retention runs: the nightly job anonymises people whose plans have all been finished for longer
 * than the retention; a platform administrator may start a run (or a dry run) at once and see past
 * runs. Runs are system-wide and answer counts only, never personal data (docs/adr/0010).
 */
@Path("/api/v1/anonymisations")
@Tag(name = "Retention", description = "Anonymisation of people past the retention period; counts only")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@PersonalData
@APIResponse(responseCode = "403", description = "Only platform administrators run retention")
public class AnonymisationResource {

    @Inject
    AnonymisationService service;

    @Inject
    AuditLog audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startAnonymisation", summary = "Run the retention now: anonymise every person past it, or with dryRun only count them",
            description = "A person is past retention when they have at least one plan, every plan is COMPLETED or CLOSED and was "
                    + "finished longer ago than synergia.retention.after-plan-closure, and no referral of theirs is SENT or ACCEPTED. "
                    + "Names, PESEL, contacts, special-category data and free text are removed; gmina, birth year, plan statuses and "
                    + "dates, step services and statuses and outcome kinds stay for the statistics (see docs/plans.md).")
    @APIResponse(responseCode = "201", description = "The finished run with its counts; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnonymisationRunResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "422", description = "dryRun missing")
    public Response start(@Valid @NotNull AnonymisationRequest request, @Context UriInfo uri) {
        AnonymisationRunResponse run = service.run(request.dryRun(), AnonymisationRun.Trigger.MANUAL, audit.currentActor());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/anonymisations").path(run.id().toString()).build())
                .entity(run).build();
    }

    @GET
    @Operation(operationId = "listAnonymisations", summary = "Past retention runs, scheduled and manual, newest first")
    @APIResponse(responseCode = "200", description = "One page of runs")
    @APIResponse(responseCode = "400", description = "Invalid paging parameters")
    public AnonymisationRunPage list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        return service.list(paging);
    }

    @GET
    @Path("/policy")
    @Operation(operationId = "getRetentionPolicy", summary = "The retention rule in force: the period after plan closure, today's cut-off "
            + "and when the nightly run starts")
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionPolicy.class)))
    public RetentionPolicy policy() {
        return service.policy();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAnonymisation", summary = "One retention run")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnonymisationRunResponse.class)))
    @APIResponse(responseCode = "404", description = "No run has this id")
    public AnonymisationRunResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
