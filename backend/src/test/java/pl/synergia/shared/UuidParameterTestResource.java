package pl.synergia.shared;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint with UUID query and header parameters (the API's own UUID parameters are all
 * in paths; its UUID filters are parsed with the other filters so one 400 names them all).
 */
@Path("/api/v1/test-uuid-parameters")
@PermitAll
public class UuidParameterTestResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String echo(@QueryParam("institution") UUID institution, @HeaderParam("X-Plan") UUID plan) {
        return institution + " " + plan;
    }
}
