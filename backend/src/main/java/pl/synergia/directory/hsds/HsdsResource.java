package pl.synergia.directory.hsds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

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
import pl.synergia.shared.web.Params;

/**
 * The directory in Open Referral HSDS 3.1 shape, following the HSDS API reference: read-only,
 * for every role that may read the directory. Lists page from 1 with {@code page} and
 * {@code per_page}; see docs/hsds.md for the mapping.
 */
@Path("/api/v1/hsds")
@Tag(name = "HSDS", description = "The directory as Open Referral HSDS 3.1 (organizations, services, taxonomies)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.INTEGRATION })
@APIResponse(responseCode = "403", description = "The caller has no Synergia role")
public class HsdsResource {

    static final String HSDS_VERSION = "3.1";

    private static final String SEARCH = "Words to find; case and Polish diacritics are ignored (\"osrodek lodz\" finds \"Ośrodek … Łódź\")";
    private static final String PAGE = "1-based page number";
    private static final String PER_PAGE = "Items per page, 1 to " + HsdsPaging.MAX_PER_PAGE;

    @Inject
    HsdsDirectory directory;

    @GET
    @Operation(operationId = "getHsdsApiInfo", summary = "HSDS API root: HSDS version and OpenAPI document")
    @APIResponse(responseCode = "200", description = "About this API",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsApiInfo.class)))
    public HsdsApiInfo info(@Context UriInfo uri) {
        return new HsdsApiInfo(HSDS_VERSION, null, uri.getBaseUriBuilder().path("q/openapi").queryParam("format", "json")
                .build().toString(),
                "Katalog instytucji i usług Synergii (OPS, PUP, organizacje pozarządowe, CIS, KIS, …) w formacie "
                        + "Open Referral HSDS " + HSDS_VERSION + ". EN: The Synergia directory of institutions and "
                        + "services in Open Referral HSDS " + HSDS_VERSION + " format.");
    }

    @GET
    @Path("/organizations")
    @Operation(operationId = "listHsdsOrganizations", summary = "Active institutions as HSDS organizations, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of organizations (one-to-one fields), by name")
    @APIResponse(responseCode = "400", description = "Invalid parameters")
    public HsdsPage<HsdsOrganizationListItem> organizations(
            @Parameter(description = SEARCH) @QueryParam("search") String search,
            @Parameter(description = "Only organizations with this institution type or official status, or offering a service of this kind or catalogue entry",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("taxonomy_term_id") String taxonomyTermId,
            @Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("per_page") String perPage) {
        List<FieldError> errors = new ArrayList<>();
        String text = Params.text("search", search, errors);
        UUID term = Params.uuid("taxonomy_term_id", taxonomyTermId, errors);
        HsdsPaging paging = HsdsPaging.parse(page, perPage, errors);
        PageParams.failIfAny(errors);
        return directory.organizations(text, term, paging);
    }

    @GET
    @Path("/organizations/{id}")
    @Operation(operationId = "getHsdsOrganization", summary = "One active institution as a fully nested HSDS organization with its services")
    @APIResponse(responseCode = "200", description = "The organization",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsOrganization.class)))
    @APIResponse(responseCode = "404", description = "No active institution has this id")
    public HsdsOrganization organization(
            @PathParam("id") UUID id) {
        return directory.organization(id);
    }

    @GET
    @Path("/services")
    @Operation(operationId = "listHsdsServices", summary = "Offerings of active institutions as HSDS services, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of services (one-to-one fields and organization), by institution and service name")
    @APIResponse(responseCode = "400", description = "Invalid parameters")
    public HsdsPage<HsdsServiceListItem> services(
            @Parameter(description = SEARCH + "; matches the service and the institution") @QueryParam("search") String search,
            @Parameter(description = "Only services of this kind or catalogue entry, or of institutions of this type or official status",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("taxonomy_term_id") String taxonomyTermId,
            @Parameter(description = "Only services of this organization",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("organization_id") String organizationId,
            @Parameter(description = "Only services modified on or after this date-time (ISO-8601 with offset), ordered by "
                    + "last_modified then id instead of by name; up to the oldest change still being written. For a sync that "
                    + "neither misses nor repeats a change while paging, use /api/v1/offerings with updatedSince and its cursor",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("modified_after") String modifiedAfter,
            @Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("per_page") String perPage) {
        List<FieldError> errors = new ArrayList<>();
        String text = Params.text("search", search, errors);
        UUID term = Params.uuid("taxonomy_term_id", taxonomyTermId, errors);
        UUID organization = Params.uuid("organization_id", organizationId, errors);
        Instant modified = Params.dateTime("modified_after", modifiedAfter, errors);
        HsdsPaging paging = HsdsPaging.parse(page, perPage, errors);
        PageParams.failIfAny(errors);
        return directory.services(text, term, organization, modified, paging);
    }

    @GET
    @Path("/services/{id}")
    @Operation(operationId = "getHsdsService", summary = "One offering as a fully nested HSDS service")
    @APIResponse(responseCode = "200", description = "The service",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsService.class)))
    @APIResponse(responseCode = "404", description = "No offering of an active institution has this id")
    public HsdsService service(@PathParam("id") UUID id) {
        return directory.service(id);
    }

    @GET
    @Path("/taxonomies")
    @Operation(operationId = "listHsdsTaxonomies", summary = "The taxonomies Synergia publishes")
    @APIResponse(responseCode = "200", description = "One page of taxonomies")
    @APIResponse(responseCode = "400", description = "Invalid parameters")
    public HsdsPage<HsdsTaxonomy> taxonomies(
            @Parameter(description = SEARCH) @QueryParam("search") String search,
            @Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("per_page") String perPage) {
        List<FieldError> errors = new ArrayList<>();
        String text = Params.text("search", search, errors);
        HsdsPaging paging = HsdsPaging.parse(page, perPage, errors);
        PageParams.failIfAny(errors);
        return directory.taxonomies(text, paging);
    }

    @GET
    @Path("/taxonomies/{id}")
    @Operation(operationId = "getHsdsTaxonomy", summary = "One taxonomy")
    @APIResponse(responseCode = "200", description = "The taxonomy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsTaxonomy.class)))
    @APIResponse(responseCode = "404", description = "No taxonomy has this id")
    public HsdsTaxonomy taxonomy(@PathParam("id") UUID id) {
        return directory.taxonomy(id);
    }

    @GET
    @Path("/taxonomy_terms")
    @Operation(operationId = "listHsdsTaxonomyTerms", summary = "Terms of the Synergia taxonomies, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of taxonomy terms, by taxonomy and code")
    @APIResponse(responseCode = "400", description = "Invalid parameters")
    public HsdsPage<HsdsTaxonomyTerm> taxonomyTerms(
            @Parameter(description = SEARCH + "; matches code, name and description") @QueryParam("search") String search,
            @Parameter(description = "Only terms of this taxonomy", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("taxonomy_id") String taxonomyId,
            @Parameter(description = "Only the children of this term", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("parent_id") String parentId,
            @Parameter(description = "Only top-level terms (default false)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("top_only") String topOnly,
            @Parameter(description = PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = PER_PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("per_page") String perPage) {
        List<FieldError> errors = new ArrayList<>();
        String text = Params.text("search", search, errors);
        UUID taxonomy = Params.uuid("taxonomy_id", taxonomyId, errors);
        UUID parent = Params.uuid("parent_id", parentId, errors);
        boolean top = Params.bool("top_only", topOnly, false, errors);
        HsdsPaging paging = HsdsPaging.parse(page, perPage, errors);
        PageParams.failIfAny(errors);
        return directory.taxonomyTerms(text, taxonomy, parent, top, paging);
    }

    @GET
    @Path("/taxonomy_terms/{id}")
    @Operation(operationId = "getHsdsTaxonomyTerm", summary = "One taxonomy term")
    @APIResponse(responseCode = "200", description = "The taxonomy term",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HsdsTaxonomyTerm.class)))
    @APIResponse(responseCode = "404", description = "No taxonomy term has this id")
    public HsdsTaxonomyTerm taxonomyTerm(@PathParam("id") UUID id) {
        return directory.taxonomyTerm(id);
    }
}
