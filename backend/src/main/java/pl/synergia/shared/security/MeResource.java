package pl.synergia.shared.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import pl.synergia.shared.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/me")
@Tag(name = "Me", description = "The calling user")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    MeService service;

    @Inject
    CurrentUser user;

    @Inject
    Colleagues colleagues;

    @GET
    @Authenticated
    @Operation(operationId = "getMe", summary = "Who is calling: user, roles, institution and permissions")
    @APIResponse(responseCode = "200", description = "The caller")
    public MeResponse me() {
        return service.me();
    }

    @GET
    @Path("/colleagues")
    @RolesAllowed({ Roles.STAFF, Roles.COORDINATOR })
    @Operation(operationId = "listMyColleagues", summary = "The caseworkers of the caller's institution who have signed in to the platform "
            + "(the caller included), by name: whom a case can be handed to")
    @APIResponse(responseCode = "200", description = "The colleagues, in Polish alphabetical order")
    @APIResponse(responseCode = "403", description = "Not staff or coordinator, or the caller has no institution")
    public List<UserRef> colleagues() {
        return colleagues.caseworkersOf(user.institutionId().orElseThrow(() -> ProblemException.forbidden(
                "Your account belongs to no institution, so it has no colleagues to hand cases to.")));
    }
}
