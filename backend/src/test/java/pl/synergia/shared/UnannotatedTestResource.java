package pl.synergia.shared;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint without a security annotation: proves such endpoints are denied. */
@Path("/api/v1/test-unannotated")
public class UnannotatedTestResource {

    @GET
    @Operation(hidden = true)
    public String leak() {
        return "should never be served";
    }
}
