package pl.synergia.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import pl.synergia.shared.problem.Problem;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.Ids;
import pl.synergia.shared.web.PageParams;

@Path("/api/v1/institutions")
@Tag(name = "Institutions", description = "The institution directory")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.INTEGRATION })
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller has no Synergia role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InstitutionResource {

    @Inject
    InstitutionService service;

    @Inject
    InstitutionMapper mapper;

    @GET
    @Operation(operationId = "listInstitutions", summary = "List institutions, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of institutions")
    @APIResponse(responseCode = "400", description = "Invalid paging or sorting parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InstitutionPage list(
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' prefix for descending",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "name", "-name", "type", "-type", "gmina", "-gmina" }, defaultValue = "name"))
            @QueryParam("sort") String sort) {
        List<FieldError> errors = new ArrayList<>();
        PageParams params = PageParams.parse(page, size, errors);
        String sortParam = sort == null || sort.isBlank() ? InstitutionSort.DEFAULT : sort.trim();
        boolean descending = sortParam.startsWith("-");
        Optional<InstitutionSort> order = InstitutionSort.byParam(descending ? sortParam.substring(1) : sortParam);
        if (order.isEmpty()) {
            errors.add(new FieldError("sort", "must be one of " + String.join(", ", InstitutionSort.accepted())));
        }
        PageParams.failIfAny(errors);
        return service.list(params, order.get(), descending);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInstitution", summary = "One institution")
    @APIResponse(responseCode = "200", description = "The institution")
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No institution has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InstitutionResponse get(
            @Parameter(description = "Institution id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        return mapper.toResponse(service.get(Ids.uuid("id", id)));
    }
}
