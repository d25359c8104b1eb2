package pl.synergia.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Params;

/**
 * ACTIVE partnerships for anyone, without login: a signed agreement and its signatories are a
 * public act of the gmina. Nothing internal: no drafts, history, stakeholders or ZSL.
 */
@Path("/api/v1/public/partnerships")
@Tag(name = "Public", description = "Read without login")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicPartnershipResource {

    @Inject
    PartnershipService service;

    @GET
    @Operation(operationId = "listPublicPartnerships", summary = "ACTIVE partnerships with their signatories, newest first")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameters")
    public PublicPartnershipPage list(
            @Parameter(description = "TERYT code of a voivodeship (2 digits), powiat (4) or gmina (7)") @QueryParam("gmina") String gmina,
            @Parameter(schema = @Schema(implementation = PartnershipKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        String teryt = Params.terytPrefix("gmina", gmina, errors);
        PartnershipKind k = Params.enumValue("kind", kind, PartnershipKind.class, errors);
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        return service.publicList(teryt, k, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPublicPartnership", summary = "An ACTIVE partnership with its signed text and signatories")
    @APIResponse(responseCode = "200", description = "The partnership",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicPartnership.class)))
    @APIResponse(responseCode = "404", description = "No ACTIVE partnership has this id")
    public PublicPartnership get(@PathParam("id") UUID id) {
        return service.publicGet(id);
    }
}
