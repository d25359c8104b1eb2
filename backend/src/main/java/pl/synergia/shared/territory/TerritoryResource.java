package pl.synergia.shared.territory;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.Roles;

/** The TERYT dictionary (GUS TERC 2025), for choosing an area: voivodeship, then powiat, then gmina. */
@Path("/api/v1/territory")
@Tag(name = "Territory", description = "TERYT voivodeships, powiats and gminas")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.INTEGRATION })
@Transactional(Transactional.TxType.SUPPORTS)
@APIResponse(responseCode = "403", description = "The caller has no Synergia role")
public class TerritoryResource {

    @Inject
    TerritoryRepository territory;

    @GET
    @Path("/voivodeships")
    @Operation(operationId = "listVoivodeships", summary = "The 16 voivodeships")
    @APIResponse(responseCode = "200", description = "Voivodeships by name")
    public List<TerritoryUnit> voivodeships() {
        return territory.voivodeships();
    }

    @GET
    @Path("/voivodeships/{code}/powiats")
    @Operation(operationId = "listPowiats", summary = "Powiats of a voivodeship")
    @APIResponse(responseCode = "200", description = "Powiats by name")
    @APIResponse(responseCode = "404", description = "No voivodeship has this code")
    public List<TerritoryUnit> powiats(@PathParam("code") String code) {
        return territory.powiatsOf(code).orElseThrow(() -> ProblemException.notFound("No voivodeship has this TERYT code."));
    }

    @GET
    @Path("/powiats/{code}/gminas")
    @Operation(operationId = "listGminas", summary = "Gminas of a powiat")
    @APIResponse(responseCode = "200", description = "Gminas by name")
    @APIResponse(responseCode = "404", description = "No powiat has this code")
    public List<TerritoryUnit> gminas(@PathParam("code") String code) {
        return territory.gminasOf(code).orElseThrow(() -> ProblemException.notFound("No powiat has this TERYT code."));
    }

    @GET
    @Path("/gminas/{teryt}")
    @Operation(operationId = "getGmina", summary = "One gmina with its powiat and voivodeship")
    @APIResponse(responseCode = "200", description = "The gmina")
    @APIResponse(responseCode = "404", description = "No gmina has this code")
    public GminaRef gmina(@PathParam("teryt") String teryt) {
        return territory.gmina(teryt).orElseThrow(() -> ProblemException.notFound("No gmina has this TERYT code."));
    }
}
