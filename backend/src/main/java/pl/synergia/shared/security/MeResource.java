package pl.synergia.shared.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/me")
@Tag(name = "Me", description = "The calling user")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    MeService service;

    @GET
    @Authenticated
    @Operation(operationId = "getMe", summary = "Who is calling: user, roles, institution and permissions")
    @APIResponse(responseCode = "200", description = "The caller")
    public MeResponse me() {
        return service.me();
    }
}
