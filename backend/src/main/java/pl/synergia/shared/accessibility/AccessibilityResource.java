package pl.synergia.shared.accessibility;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deployment's data of the accessibility statement, for anyone without login. */
@Path("/api/v1/public/accessibility-statement")
@Tag(name = "Public", description = "Read without login")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AccessibilityResource {

    @Inject
    AccessibilityConfig config;

    @GET
    @Operation(operationId = "getAccessibilityStatement", summary = "Who makes the accessibility statement, its dates, the compliance status "
            + "and whom to contact (synergia.accessibility.*)")
    @APIResponse(responseCode = "200", description = "The statement's data")
    public AccessibilityStatement statement() {
        return new AccessibilityStatement(config.entityName(), config.publishedOn(), config.updatedOn(), config.preparedOn(),
                config.reviewedOn(), config.compliance(), config.contactName(), config.contactEmail(), config.contactPhone().orElse(null));
    }
}
