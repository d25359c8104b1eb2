package pl.synergia.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;

/** The caller's notifications: list, unread count, mark read. */
@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "What happened that concerns the caller's institution; never names a person")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.DPO, Roles.REGIONAL_ANALYST, Roles.ADMIN })
@APIResponse(responseCode = "403", description = "Not a person of an institution (e.g. a third-party system)")
public class NotificationResource {

    @Inject
    NotificationService service;

    @GET
    @Operation(operationId = "listNotifications", summary = "One page of the caller's notifications, newest first, in the language "
            + "of Accept-Language (pl or en; Polish otherwise); a caller without an institution has none")
    @APIResponse(responseCode = "200", description = "One page of notifications",
            headers = @Header(name = "Content-Language", description = "pl or en", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown type, malformed date, to before from, or invalid paging")
    public Response list(@BeanParam NotificationQuery query,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "pl or en", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam("Accept-Language") String acceptLanguage) {
        List<FieldError> errors = new ArrayList<>();
        NotificationRepository.Filter filter = query.filter(errors);
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return Response.ok(service.list(filter, paging, language)).header("Cache-Control", "no-store")
                .header("Content-Language", language.name()).header("Vary", "Accept-Language").build();
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many notifications the caller has not read (the bell)")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnreadCount.class)))
    public Response unread() {
        return Response.ok(service.unread()).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one notification read, for the caller only (again: no change)")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", description = "No such notification for the caller's institution")
    public Response markRead(@PathParam("id") UUID id) {
        service.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every notification the caller sees read, for the caller only")
    @APIResponse(responseCode = "200", description = "How many were unread")
    public MarkedRead markAllRead() {
        return service.markAllRead();
    }
}
