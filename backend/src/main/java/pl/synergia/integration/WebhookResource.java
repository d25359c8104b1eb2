package pl.synergia.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.ResponseStatus;

import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.security.RequiresScope;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Params;
import pl.synergia.shared.web.Preconditions;

/**
 * Webhook subscriptions of the calling third-party system, their delivery logs and manual
 * redelivery. Deliveries are signed as the Standard Webhooks specification says (docs/integration.md).
 */
@Path("/api/v1/webhooks")
@Tag(name = "Integration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION)
@RequiresScope(RequiresScope.EVENTS_READ)
@APIResponse(responseCode = "403", description = "Not a third-party system of an institution with the scope events:read")
public class WebhookResource {

    private static final String IF_MATCH = "ETag of the subscription as last read, e.g. \"0\"";

    @Inject
    WebhookService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to event types; the answer carries the signing secret, shown only this once")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names it, ETag is its version",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookCreated.class)))
    @APIResponse(responseCode = "422", description = "The URL is not http(s), names no host, carries credentials, does not resolve "
            + "or resolves to an internal address; an unknown event type; or the system has its most subscriptions already")
    public Response create(@Valid @NotNull WebhookRequest request, @Context UriInfo uri) {
        WebhookCreated created = service.create(request);
        return Preconditions.created(uri.getAbsolutePathBuilder().path(created.subscription().id().toString()).build(), created);
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The calling system's subscriptions, oldest first (at most 20 by default)")
    @APIResponse(responseCode = "200", description = "The subscriptions")
    public List<WebhookResponse> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One subscription of the calling system")
    @APIResponse(responseCode = "200", description = "The subscription; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "404", description = "The calling system has no subscription with this id")
    public Response get(@PathParam("id") UUID id) {
        return Preconditions.ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Change the URL, event types or description of a subscription (the secret stays)")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "404", description = "The calling system has no subscription with this id")
    @APIResponse(responseCode = "422", description = "Invalid URL or event type; nothing was saved")
    public Response update(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WebhookRequest request) {
        return Preconditions.ok(service.update(id, Preconditions.expectedVersion(ifMatch), request));
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @Operation(operationId = "deleteWebhook", summary = "Remove a subscription with its delivery log")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The calling system has no subscription with this id")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @POST
    @Path("/{id}/deactivation")
    @Operation(operationId = "disableWebhook", summary = "Disable a subscription: nothing new is queued, pending deliveries fail")
    @APIResponse(responseCode = "200", description = "Disabled (also when it already was)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "404", description = "The calling system has no subscription with this id")
    public Response disable(@PathParam("id") UUID id) {
        return Preconditions.ok(service.setEnabled(id, false));
    }

    @DELETE
    @Path("/{id}/deactivation")
    @Operation(operationId = "enableWebhook", summary = "Enable a disabled subscription again (after a day of failures, 410 Gone or by hand); "
            + "events from now on are delivered, earlier ones stay in the change feed and can be redelivered one by one")
    @APIResponse(responseCode = "200", description = "Enabled (also when it already was)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "404", description = "The calling system has no subscription with this id")
    public Response enable(@PathParam("id") UUID id) {
        return Preconditions.ok(service.setEnabled(id, true));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a subscription, newest first")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "400", description = "The id is not a UUID, an unknown status, or invalid paging")
    @APIResponse(responseCode = "404", description = "The calling system has no subscription with this id")
    public WebhookDeliveryPage deliveries(@PathParam("id") UUID id,
            @Parameter(description = "Only deliveries in this status", schema = @Schema(implementation = WebhookDelivery.Status.class))
            @QueryParam("status") String status,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        WebhookDelivery.Status filter = Params.enumValue("status", status, WebhookDelivery.Status.class, errors);
        PageParams paging = PageParams.parse(page, size, errors);
        PageParams.failIfAny(errors);
        return service.deliveries(id, filter, paging);
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery with the event sent and every attempt")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDeliveryDetail.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the calling system, or no such delivery of it")
    public WebhookDeliveryDetail delivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return service.delivery(id, deliveryId);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    @ResponseStatus(202)
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again (delivered or failed alike): it is due at once, with the same webhook-id")
    @APIResponse(responseCode = "202", description = "Queued; the worker sends it within seconds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDeliveryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the calling system, or no such delivery of it")
    @APIResponse(responseCode = "409", description = "The subscription is disabled; enable it first")
    public WebhookDeliveryResponse redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return service.redeliver(id, deliveryId);
    }
}
