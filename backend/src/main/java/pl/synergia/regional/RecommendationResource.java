package pl.synergia.regional;

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

/**
 * Recommendations of the region to gminas and powiats: the voivodeship's ROPS issues them and lists
 * its voivodeship's; the staff of the addressed OPS (for a powiat: OPS and PUPs) see theirs and
 * their coordinators move them on.
 */
@Path("/api/v1/recommendations")
@Tag(name = "Regional")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN })
public class RecommendationResource {

    private static final String IF_MATCH = "ETag of the recommendation's version being moved on";

    @Inject
    RecommendationService service;

    @GET
    @Operation(operationId = "listRecommendations", summary = "Recommendations: an analyst's voivodeship's, an administrator's all, "
            + "the addressed institution's own (its gmina's and its powiat's)")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sorting parameters")
    public RecommendationPage list(
            @Parameter(schema = @Schema(implementation = RecommendationStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "TERYT code of a voivodeship (2 digits), powiat (4) or gmina (7): recommendations to it and to the units in it",
                    example = "1408") @QueryParam("territory") String territory,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "issuedAt, updatedAt, status or territory; prefix - for descending",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = RecommendationSort.DEFAULT, enumeration = {
                            "issuedAt", "-issuedAt", "updatedAt", "-updatedAt", "status", "-status", "territory", "-territory" }))
            @QueryParam("sort") String sort) {
        List<FieldError> errors = new ArrayList<>();
        RecommendationService.Filter filter = new RecommendationService.Filter(
                Params.enumValue("status", status, RecommendationStatus.class, errors), Params.terytPrefix("territory", territory, errors));
        PageParams paging = PageParams.parse(page, size, errors);
        Sort<RecommendationSort> order = SortField.parse(RecommendationSort.class, sort, RecommendationSort.DEFAULT, errors);
        PageParams.failIfAny(errors);
        return service.list(filter, order, paging);
    }

    @POST
    @RolesAllowed(Roles.REGIONAL_ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueRecommendation", summary = "Issue a recommendation to a gmina or powiat of the analyst's voivodeship; "
            + "its addressees are told (in-app and e-mail)")
    @APIResponse(responseCode = "201", description = "Issued; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed or missing values (text too long, no indicator, not a TERYT code)")
    @APIResponse(responseCode = "403", description = "Not a regional analyst of an institution")
    @APIResponse(responseCode = "422", description = "A territory outside the voivodeship or unknown, an indicator not in the catalogue; nothing stored")
    public Response issue(@Valid @NotNull RecommendationRequest request) {
        return Preconditions.created(service.issue(request));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecommendation", summary = "One recommendation with its history and the moves the caller may make")
    @APIResponse(responseCode = "200", description = "The recommendation; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such recommendation, or not one for the caller (audited)")
    public Response get(@PathParam("id") UUID id) {
        return Preconditions.ok(service.get(id));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveRecommendation", summary = "Acknowledge a recommendation, then mark it implemented or declined (with a reason): "
            + "a coordinator of an addressee")
    @APIResponse(responseCode = "200", description = "Moved; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationResponse.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or a malformed body")
    @APIResponse(responseCode = "403", description = "Not a coordinator of an addressed institution")
    @APIResponse(responseCode = "404", description = "No such recommendation, or not one for the caller (audited)")
    @APIResponse(responseCode = "409", description = "The status may not move there (e.g. it is closed)")
    @APIResponse(responseCode = "412", description = "Someone else moved it since it was read; nothing saved")
    @APIResponse(responseCode = "422", description = "Declined without a reason, or a reason given when acknowledging")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response move(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RecommendationStatusRequest request) {
        return Preconditions.ok(service.move(id, Preconditions.expectedVersion(ifMatch), request));
    }
}
