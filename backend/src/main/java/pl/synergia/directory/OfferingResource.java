package pl.synergia.directory;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Params;
import pl.synergia.shared.web.SyncCursor;

@Path("/api/v1/offerings")
@Tag(name = "Institutions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.INTEGRATION })
@APIResponse(responseCode = "403", description = "The caller has no Synergia role")
public class OfferingResource {

    @Inject
    InstitutionService service;

    @GET
    @Operation(operationId = "listOfferings", summary = "Who offers a catalogue service in an area (active offerings of active institutions); "
            + "or, with updatedSince or after, which offerings changed or were removed since, oldest change first (incremental sync)")
    @APIResponse(responseCode = "200", description = "One page of offerings, by gmina and institution name (changes: oldest first)")
    @APIResponse(responseCode = "400", description = "Invalid parameters, or service missing when not reading changes")
    @APIResponse(responseCode = "404", description = "No catalogue entry has this code")
    public OfferingPage list(
            @Parameter(description = "Catalogue entry code; required unless reading changes") @QueryParam("service") String serviceCode,
            @Parameter(description = "TERYT code of a voivodeship (2 digits), powiat (4) or gmina (7)") @QueryParam("teryt") String teryt,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = "Read changes: offerings changed or removed at or after this moment (ISO-8601 with offset), "
                    + "in every status, oldest change first; follow nextCursor with after. Not with page.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = InstitutionResource.AFTER, schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("after") String after) {
        List<FieldError> errors = new ArrayList<>();
        String code = Params.text("service", serviceCode, errors);
        SyncCursor changesAfter = SyncCursor.parse("updatedSince", updatedSince, after, errors);
        boolean changes = SyncCursor.asked(updatedSince, after);
        if (code == null && errors.isEmpty() && !changes) {
            errors.add(new FieldError("service", "required", "is required"));
        }
        String prefix = Params.terytPrefix("teryt", teryt, errors);
        PageParams paging = PageParams.parse(page, size, errors);
        if (changes) {
            SyncCursor.refuse("page", page != null && !page.isBlank() && !page.strip().equals("0"), errors);
        }
        PageParams.failIfAny(errors);
        if (changesAfter != null) {
            return service.offeringChanges(code, prefix, changesAfter, paging.size());
        }
        return service.offeringsOfService(code, prefix, paging);
    }
}
