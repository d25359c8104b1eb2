package pl.synergia.shared.territory;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.problem.Problem;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.Roles;

/** The TERYT dictionary (GUS TERC 2025), for choosing an area: voivodeship, then powiat, then gmina. */
@Path("/api/v1/territory")
@Tag(name = "Territory", description = "TERYT voivodeships, powiats and gminas")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.INTEGRATION })
@Transactional(Transactional.TxType.SUPPORTS)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller has no Synergia role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The database cannot be reached; try again after Retry-After seconds",
        headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TerritoryResource {

    @Inject
    EntityManager em;

    @GET
    @Path("/voivodeships")
    @Operation(operationId = "listVoivodeships", summary = "The 16 voivodeships")
    @APIResponse(responseCode = "200", description = "Voivodeships by name")
    public List<TerritoryUnit> voivodeships() {
        return em.createQuery("select new pl.synergia.shared.territory.TerritoryUnit(v.code, v.name, null) "
                + "from Voivodeship v order by v.name", TerritoryUnit.class).getResultList();
    }

    @GET
    @Path("/voivodeships/{code}/powiats")
    @Operation(operationId = "listPowiats", summary = "Powiats of a voivodeship")
    @APIResponse(responseCode = "200", description = "Powiats by name")
    @APIResponse(responseCode = "404", description = "No voivodeship has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TerritoryUnit> powiats(@PathParam("code") String code) {
        if (em.find(Voivodeship.class, code) == null) {
            throw ProblemException.notFound("No voivodeship has this TERYT code.");
        }
        return em.createQuery("select new pl.synergia.shared.territory.TerritoryUnit(p.code, p.name, p.type) "
                + "from Powiat p where p.voivodeship.code = :code order by p.name", TerritoryUnit.class)
                .setParameter("code", code).getResultList();
    }

    @GET
    @Path("/powiats/{code}/gminas")
    @Operation(operationId = "listGminas", summary = "Gminas of a powiat")
    @APIResponse(responseCode = "200", description = "Gminas by name")
    @APIResponse(responseCode = "404", description = "No powiat has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TerritoryUnit> gminas(@PathParam("code") String code) {
        if (em.find(Powiat.class, code) == null) {
            throw ProblemException.notFound("No powiat has this TERYT code.");
        }
        return em.createQuery("select new pl.synergia.shared.territory.TerritoryUnit(g.teryt, g.name, g.type) "
                + "from Gmina g where g.powiat.code = :code order by g.name, g.teryt", TerritoryUnit.class)
                .setParameter("code", code).getResultList();
    }

    @GET
    @Path("/gminas/{teryt}")
    @Operation(operationId = "getGmina", summary = "One gmina with its powiat and voivodeship")
    @APIResponse(responseCode = "200", description = "The gmina")
    @APIResponse(responseCode = "404", description = "No gmina has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GminaRef gmina(@PathParam("teryt") String teryt) {
        return em.createQuery("select g from Gmina g join fetch g.powiat p join fetch p.voivodeship where g.teryt = :t",
                Gmina.class).setParameter("t", teryt).getResultStream().findFirst().map(GminaRef::of)
                .orElseThrow(() -> ProblemException.notFound("No gmina has this TERYT code."));
    }
}
