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
import jakarta.ws.rs.core.Context;
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
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Params;
import pl.synergia.shared.web.Preconditions;
import pl.synergia.shared.web.SortField;
import pl.synergia.shared.web.SortField.Sort;

/**
 * Partnership agreements (Pakt na rzecz MLW, cooperation agreements): public records of a gmina,
 * readable by every authenticated role; changes by coordinators of the signatories (see
 * docs/partnerships.md for the access matrix).
 */
@Path("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "Partnership agreements: Pakt na rzecz MLW and OPS–PUP–NGO cooperation agreements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.DPO, Roles.INTEGRATION })
@APIResponse(responseCode = "403", description = "The caller's roles or institution do not allow this (partnerships are public records: 403, not 404)")
public class PartnershipResource {

    static final String IF_MATCH = "ETag of the partnership version being changed (from the last read), e.g. \"3\"";

    @Inject
    PartnershipService service;

    @Inject
    PartnershipDocuments documents;

    @GET
    @Operation(operationId = "listPartnerships", summary = "Partnerships, filtered by gmina, status and kind, a page at a time")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sorting parameters")
    public PartnershipPage list(
            @Parameter(description = "TERYT code of a voivodeship (2 digits), powiat (4) or gmina (7)") @QueryParam("gmina") String gmina,
            @Parameter(schema = @Schema(implementation = PartnershipStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = PartnershipKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "createdAt, title, status or gmina; prefix - for descending",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = PartnershipSort.DEFAULT, enumeration = {
                            "createdAt", "-createdAt", "title", "-title", "status", "-status", "gmina", "-gmina" }))
            @QueryParam("sort") String sort) {
        List<FieldError> errors = new ArrayList<>();
        PartnershipRepository.Filter filter = new PartnershipRepository.Filter(Params.terytPrefix("gmina", gmina, errors),
                Params.enumValue("status", status, PartnershipStatus.class, errors),
                Params.enumValue("kind", kind, PartnershipKind.class, errors));
        PageParams paging = PageParams.parse(page, size, errors);
        Sort<PartnershipSort> order = SortField.parse(PartnershipSort.class, sort, PartnershipSort.DEFAULT, errors);
        PageParams.failIfAny(errors);
        return service.list(filter, order, paging);
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartnership", summary = "Start a partnership in DRAFT (a coordinator, for their own institution and its gmina; or an administrator)")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "422", description = "Invalid values (unknown gmina, a gmina other than the initiating institution's, "
            + "an initiator of the wrong type for a cooperation agreement); nothing stored")
    public Response create(@Valid @NotNull PartnershipRequest request, @Context UriInfo uri) {
        PartnershipResponse created = service.create(request);
        return Preconditions.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnership", summary = "One partnership")
    @APIResponse(responseCode = "200", description = "The partnership; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    public Response get(@PathParam("id") UUID id) {
        return Preconditions.ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePartnership", summary = "Change title and goals while DRAFT or CONSULTATION (a coordinator of a joined signatory)")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    @APIResponse(responseCode = "409", description = "ACTIVE or DISSOLVED: change the text by an amendment (a new version) instead")
    @APIResponse(responseCode = "412", description = "Someone else changed the partnership since it was read; nothing saved")
    @APIResponse(responseCode = "422", description = "Invalid values")
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnershipUpdateRequest request) {
        return Preconditions.ok(service.update(id, Preconditions.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionPartnership", summary = "Move the partnership: DRAFT → CONSULTATION → ACTIVE → DISSOLVED, "
            + "CONSULTATION → DRAFT (the initiating institution's coordinator, or an administrator)")
    @APIResponse(responseCode = "200", description = "Moved; on ACTIVE the newest version is signed and frozen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    @APIResponse(responseCode = "409", description = "Not an allowed transition (or dissolving a Pakt that still has three "
            + "active signatories, § 5 ust. 3)")
    @APIResponse(responseCode = "422", description = "The signatories do not meet the rule for ACTIVE (errors[] says what is "
            + "missing), or no reason for dissolving")
    public Response transition(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnershipTransitionRequest request) {
        return Preconditions.ok(service.transition(id, Preconditions.expectedVersion(ifMatch), request));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getPartnershipHistory", summary = "Every change of the partnership and what hangs off it, newest first")
    @APIResponse(responseCode = "200", description = "One page of events")
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or invalid paging parameters")
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    public PartnershipEventPage history(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        return service.history(id, paging);
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listPartnershipVersions", summary = "The versions of the text, newest first")
    @APIResponse(responseCode = "200", description = "The versions, without their sections")
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    public List<VersionSummary> versions(@PathParam("id") UUID id) {
        return service.versions(id);
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPartnershipVersion", summary = "Add a version of the text: a draft (DRAFT, CONSULTATION) or an "
            + "amendment (ACTIVE); a coordinator of a joined signatory. The partnership gets a new version (ETag)")
    @APIResponse(responseCode = "201", description = "The new version; ETag is the partnership's new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "404", description = "No partnership has this id")
    @APIResponse(responseCode = "409", description = "The partnership is DISSOLVED")
    @APIResponse(responseCode = "422", description = "Invalid sections")
    public Response addVersion(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VersionRequest request) {
        PartnershipService.Versioned<VersionResponse> added = service.addVersion(id, Preconditions.expectedVersion(ifMatch), request);
        return Preconditions.created(added.body(), added.partnershipVersion());
    }

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(operationId = "getPartnershipVersion", summary = "One version of the text with all its sections")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionResponse.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or number is not a version number")
    @APIResponse(responseCode = "404", description = "No such partnership or version")
    public VersionResponse version(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("number") String number) {
        return service.version(id, versionNumber("number", number));
    }

    @DELETE
    @Path("/{id}/versions/{number}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "discardPartnershipVersion", summary = "Discard the newest version if it is not signed and not the only one "
            + "(a coordinator of a joined signatory); the signed version is frozen")
    @APIResponse(responseCode = "204", description = "Discarded; ETag is the partnership's new version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or number is not a version number")
    @APIResponse(responseCode = "404", description = "No such partnership or version")
    @APIResponse(responseCode = "409", description = "The version is signed and frozen, not the newest, the only one, or the partnership is DISSOLVED")
    public Response discardVersion(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("number") String number,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        int n = versionNumber("number", number);
        long version = service.discardVersion(id, n, Preconditions.expectedVersion(ifMatch));
        return Response.noContent().header(HttpHeaders.ETAG, Preconditions.etag(version)).build();
    }

    @GET
    @Path("/{id}/versions/{number}/diff")
    @Operation(operationId = "diffPartnershipVersions", summary = "Compare this version with another, section by section")
    @APIResponse(responseCode = "200", description = "The sections of both, each marked UNCHANGED, CHANGED, ADDED or REMOVED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDiff.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, number is not a version number, or against is missing or not one")
    @APIResponse(responseCode = "404", description = "No such partnership or version")
    public VersionDiff diff(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @PathParam("number") String number,
            @Parameter(required = true, description = "The version to compare with (the older one, usually)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("against") String against) {
        List<FieldError> errors = new ArrayList<>();
        Integer to = parseVersion("number", number, errors);
        Integer from = parseVersion("against", against, errors);
        PageParams.failIfAny(errors);
        return service.diff(id, from, to);
    }

    @GET
    @Path("/{id}/document.pdf")
    @Produces({ PartnershipDocuments.PDF, MediaType.APPLICATION_JSON })
    @Operation(operationId = "getPartnershipDocument", summary = "The agreement as PDF: the text (§ 1–§ 7) and, as an annex, the "
            + "list of signatories with representative, date joined and a signature line")
    @APIResponse(responseCode = "200", description = "The PDF of the version asked for; by default the signed version if there "
            + "is one, else the newest",
            content = @Content(mediaType = PartnershipDocuments.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or version is not a version number")
    @APIResponse(responseCode = "404", description = "No such partnership or version")
    public Response document(@PathParam("id") UUID id,
            @Parameter(description = "Version number; default: the signed version, else the newest",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("version") String version) {
        List<FieldError> errors = new ArrayList<>();
        Integer number = version == null || version.isBlank() ? null : parseVersion("version", version, errors);
        PageParams.failIfAny(errors);
        PartnershipDocuments.Pdf pdf = documents.agreement(id, number);
        return PartnershipDocuments.response(pdf);
    }

    static int versionNumber(String name, String raw) {
        List<FieldError> errors = new ArrayList<>();
        Integer n = parseVersion(name, raw, errors);
        PageParams.failIfAny(errors);
        return n;
    }

    private static Integer parseVersion(String name, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(name, "required", "is required"));
            return null;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n < 1) {
                errors.add(new FieldError(name, "out-of-range", "must be 1 or more"));
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "not-a-number", "must be a whole number"));
            return null;
        }
    }

}
