package pl.synergia.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.SortField.Sort;

/** The directory as a CSV file: every entry matching the search filters, in the import's format. */
@Path("/api/v1/directory/export.csv")
@Tag(name = "Directory export and import", description = "The directory as files: CSV export and import")
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.INTEGRATION })
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this")
public class DirectoryExportResource {

    @Inject
    DirectoryExportService service;

    @Inject
    Clock clock;

    @GET
    @Produces(DirectoryExportService.CSV_MEDIA_TYPE)
    @Operation(operationId = "exportDirectoryCsv", summary = "Export the directory entries matching the filters as CSV (UTF-8, RFC 4180; the import's format, see docs/directory-csv.md)")
    @APIResponse(responseCode = "200", description = "The CSV file, one row per entry, header row first",
            content = @Content(mediaType = DirectoryExportService.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Invalid filter or sorting parameters")
    public Response export(@BeanParam InstitutionQuery query) {
        List<FieldError> errors = new ArrayList<>();
        InstitutionFilter filter = query.filter(errors);
        Sort<InstitutionSort> order = query.sort(errors);
        PageParams.failIfAny(errors);
        String fileName = "synergia-instytucje-" + LocalDate.now(clock) + ".csv";
        return Response.ok(service.csv(filter, order))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
