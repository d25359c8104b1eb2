package pl.synergia.regional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.importjob.ImportJobs.Author;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Params;

/** CSV import of need figures per gmina and year by the ROPS (its voivodeship's gminas) or an administrator. */
@Path("/api/v1/regional/need-imports")
@Tag(name = "Regional figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.REGIONAL_ANALYST, Roles.ADMIN })
@APIResponse(responseCode = "403", description = "Not a regional analyst or administrator, or an analyst whose token names no institution")
public class NeedImportResource {

    @Inject
    NeedImportService service;

    @Inject
    RegionalScope scope;

    @Inject
    CurrentUser user;

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Operation(operationId = "startNeedImport", summary = "Import need figures per gmina and year from a CSV file (upsert by gmina, year and figure; all rows or none)",
            description = "UTF-8, comma- or semicolon-separated, header row gmina_teryt, year, figure, value (gmina_name may stand "
                    + "beside, it is read past). Figures: SA_POVERTY, SA_UNEMPLOYMENT, SA_DISABILITY, SA_LONG_TERM_ILLNESS, "
                    + "SA_HOMELESSNESS, SA_ADDICTION (people in families receiving social assistance by reason, OZPS), "
                    + "UNEMPLOYED_REGISTERED, UNEMPLOYED_LONG_TERM (PUP). A regional analyst imports for the gminas of their "
                    + "voivodeship only. Rows are checked and written by a job whose progress GET .../need-imports/{id} reports; "
                    + "if any row has an error nothing is written. Once written, the imported years are refreshed.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "two figures of Legionowo", value = "gmina_teryt;gmina_name;year;figure;value\n"
                    + "1408011;Legionowo;2025;SA_UNEMPLOYMENT;412\n1408011;Legionowo;2025;UNEMPLOYED_LONG_TERM;655\n")))
    @APIResponse(responseCode = "202", description = "Queued; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedImportResponse.class)))
    @APIResponse(responseCode = "400", description = "Not UTF-8, not valid CSV, or bad parameters")
    @APIResponse(responseCode = "413", description = "File too large or too many rows")
    @APIResponse(responseCode = "415", description = "Not sent as text/csv")
    @APIResponse(responseCode = "422", description = "Empty file, a header row that does not match the format, or gminas outside "
            + "the analyst's voivodeship (errors name each line: field \"line N: gmina_teryt\", params line and column)")
    public Response start(byte[] body,
            @Parameter(description = "Check and count only; write nothing", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun,
            @Parameter(description = "Name of the file, shown in the list of imports", schema = @Schema(maxLength = 255))
            @QueryParam("filename") String fileName,
            @Context UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        boolean dry = Params.bool("dryRun", dryRun, false, errors);
        PageParams.failIfAny(errors);
        NeedImportResponse job = service.start(body, fileName, dry, scope.voivodeship(), new Author(user.subject(), user.displayName()));
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/v1/regional/need-imports")
                .path(job.job().id().toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNeedImport", summary = "A need import: status, progress, counts, row errors and the refresh it started")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedImportResponse.class)))
    @APIResponse(responseCode = "404", description = "No import of the caller's voivodeship has this id")
    public NeedImportResponse get(@PathParam("id") UUID id) {
        return service.get(id, scope.voivodeship());
    }

    @GET
    @Operation(operationId = "listNeedImports", summary = "Need imports of the caller's voivodeship (all for an administrator), newest first")
    @APIResponse(responseCode = "200", description = "One page of imports")
    @APIResponse(responseCode = "400", description = "Invalid paging parameters")
    public NeedImportPage list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        return service.list(paging, scope.voivodeship());
    }
}
