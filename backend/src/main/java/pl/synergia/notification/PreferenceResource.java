package pl.synergia.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.security.Roles;

/** Notification settings of the caller and of their institution. */
@Path("/api/v1/notification-preferences")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.DPO, Roles.REGIONAL_ANALYST, Roles.ADMIN })
@APIResponse(responseCode = "403", description = "Not a person of an institution")
public class PreferenceResource {

    @Inject
    PreferenceService service;

    @GET
    @Path("/me")
    @Operation(operationId = "getMyNotificationPreferences", summary = "The caller's settings: language, and per type in-app and e-mail")
    @APIResponse(responseCode = "200", description = "The caller's settings")
    public MyPreferences mine() {
        return service.mine();
    }

    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMyNotificationPreferences", summary = "Set the caller's settings (own choices per type, or follow the institution)")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "422", description = "A missing field or a type given twice")
    public MyPreferences saveMine(@Valid @NotNull MyPreferencesRequest request) {
        return service.saveMine(request);
    }

    @GET
    @Path("/institution")
    @Operation(operationId = "getInstitutionNotificationPreferences", summary = "The defaults of the caller's institution")
    @APIResponse(responseCode = "200", description = "The institution's defaults")
    public InstitutionPreferences ofInstitution() {
        return service.ofInstitution();
    }

    @PUT
    @Path("/institution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setInstitutionNotificationPreferences", summary = "Set the defaults of the caller's institution (its coordinator)")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "422", description = "A missing field or a type given twice")
    public InstitutionPreferences saveInstitution(@Valid @NotNull InstitutionPreferencesRequest request) {
        return service.saveInstitution(request);
    }
}
