package pl.synergia.directory;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.importjob.ImportJobPage;
import pl.synergia.shared.importjob.ImportJobResponse;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Params;

/** CSV import of institutions, for administrators: queue a file, then follow its progress. */
@Path("/api/v1/directory/imports")
@Tag(name = "Directory export and import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@APIResponse(responseCode = "403", description = "Only administrators import")
public class DirectoryImportResource {

    @Inject
    DirectoryImportService service;

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Operation(operationId = "startDirectoryImport", summary = "Import institutions from a CSV file (upsert by external_id; all rows or none)",
            description = "The file (UTF-8, comma- or semicolon-separated, header row with the column names of the export, "
                    + "see docs/directory-csv.md) is checked as a whole at once; its rows are checked and written by a job "
                    + "whose progress GET /api/v1/directory/imports/{id} reports. If any row has an error nothing is written.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Queued; Location names the job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "400", description = "Not UTF-8, not valid CSV, or bad parameters")
    @APIResponse(responseCode = "413", description = "File too large or too many rows")
    @APIResponse(responseCode = "415", description = "Not sent as text/csv")
    @APIResponse(responseCode = "422", description = "Empty file or a header row that does not match the format")
    public Response start(byte[] body,
            @Parameter(description = "Check and count only; write nothing",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun,
            @Parameter(description = "Name of the file, shown in the list of imports")
            @QueryParam("filename") String fileName,
            @Context UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        boolean dry = Params.bool("dryRun", dryRun, false, errors);
        PageParams.failIfAny(errors);
        ImportJobResponse job = service.start(body, fileName, dry);
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/v1/directory/imports")
                .path(job.id().toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDirectoryImport", summary = "An import: status, progress, counts and row errors")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "404", description = "No import has this id")
    public ImportJobResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Operation(operationId = "listDirectoryImports", summary = "Imports, newest first")
    @APIResponse(responseCode = "200", description = "One page of imports")
    @APIResponse(responseCode = "400", description = "Invalid paging parameters")
    public ImportJobPage list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        return service.list(paging);
    }
}
