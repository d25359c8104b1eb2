package pl.synergia.directory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.csv.CsvCells;
import pl.synergia.shared.security.Roles;

/** The import's template: the export's header row and one example row that imports as it stands. */
@Path("/api/v1/directory/import-template.csv")
@Tag(name = "Directory export and import", description = "The directory as files: CSV export and import")
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.INTEGRATION })
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this")
public class DirectoryImportTemplateResource {

    @GET
    @Produces(DirectoryExportService.CSV_MEDIA_TYPE)
    @Operation(operationId = "directoryImportTemplate", summary = "The directory import's template: the header row and one example "
            + "row (a CIS), UTF-8 with a BOM, RFC 4180; the id column stays empty in a file of your own")
    @APIResponse(responseCode = "200", description = "The CSV template",
            content = @Content(mediaType = DirectoryExportService.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response template() {
        StringWriter out = new StringWriter();
        out.write(CsvCells.BOM);
        try (CSVPrinter printer = new CSVPrinter(out, DirectoryExportService.FORMAT)) {
            printer.printRecord(InstitutionCsv.headers());
            printer.printRecord(InstitutionCsv.exampleRow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"synergia-instytucje-szablon.csv\"")
                .build();
    }
}
