package pl.synergia.regional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
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

import pl.synergia.regional.RefreshService.Requester;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.shared.web.PageParams;

/** Refreshes of the regional figures, for administrators: start one, follow its progress. */
@Path("/api/v1/regional/refreshes")
@Tag(name = "Regional figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@APIResponse(responseCode = "403", description = "Only administrators refresh the figures")
public class RefreshResource {

    static final int MAX_YEARS_BACK = 10;

    @Inject
    RefreshService service;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startRegionalRefresh", summary = "Recompute the regional figures (this year, every year, or the years named)",
            description = "Queued and run in the background by one backend instance; GET /api/v1/regional/refreshes/{id} reports its "
                    + "progress. A CURRENT_YEAR or FULL run already queued is answered instead of a second one.")
    @APIResponse(responseCode = "202", description = "Queued; Location names the run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefreshResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a missing scope")
    @APIResponse(responseCode = "422", description = "YEARS without years, or a year outside the last ten")
    public Response start(@Valid @NotNull RefreshRequest request, @Context UriInfo uri) {
        int thisYear = LocalDate.now(clock.withZone(PolishTime.ZONE)).getYear();
        SortedSet<Integer> years = new TreeSet<>();
        List<FieldError> errors = new ArrayList<>();
        if (request.scope() == RegionalRefresh.Scope.YEARS) {
            if (request.years() == null || request.years().isEmpty()) {
                errors.add(new FieldError("years", "required", "name the years to recompute"));
            } else {
                for (int i = 0; i < request.years().size(); i++) {
                    Integer year = request.years().get(i);
                    if (year == null || year < thisYear - MAX_YEARS_BACK || year > thisYear) {
                        errors.add(new FieldError("years[" + i + "]", "out-of-range",
                                "must be a year from " + (thisYear - MAX_YEARS_BACK) + " to " + thisYear));
                    } else {
                        years.add(year);
                    }
                }
            }
        } else if (request.years() != null && !request.years().isEmpty()) {
            errors.add(new FieldError("years", "invalid-for-scope", "only a YEARS refresh names years"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        RefreshResponse run = service.queue(request.scope(), years, RegionalRefresh.Trigger.MANUAL,
                new Requester(user.subject(), user.displayName()));
        return Response.accepted(run).location(uri.getBaseUriBuilder().path("api/v1/regional/refreshes")
                .path(run.id().toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRegionalRefresh", summary = "A refresh run: status, progress and what it wrote")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefreshResponse.class)))
    @APIResponse(responseCode = "404", description = "No run has this id")
    public RefreshResponse get(@PathParam("id") UUID id) {
        return service.get(id).orElseThrow(RefreshService::notFound);
    }

    @GET
    @Operation(operationId = "listRegionalRefreshes", summary = "Refresh runs, newest first")
    @APIResponse(responseCode = "200", description = "One page of runs")
    @APIResponse(responseCode = "400", description = "Invalid paging parameters")
    public RefreshPage list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        return service.list(paging);
    }
}
