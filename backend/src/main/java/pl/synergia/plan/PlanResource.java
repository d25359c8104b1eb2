package pl.synergia.plan;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import pl.synergia.shared.idempotency.IdempotencyStore;
import pl.synergia.shared.security.RequiresScope;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PersonalData;
import pl.synergia.shared.web.Preconditions;

/** Individual action plans (IPD): one plan per person, a team of institutions, each owning its steps. */
@Path("/api/v1/plans")
@Tag(name = "Action plans", description = "Individual action plans; personal data, every access audited")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR })
@PersonalData
@APIResponse(responseCode = "403", description = "Not staff or coordinator of an institution, or not allowed to do this")
@APIResponse(responseCode = "404", description = "No such plan visible to the caller's institution (the attempt is audited)")
public class PlanResource {

    static final String PDF = "application/pdf";
    private static final String IF_MATCH = "ETag of the version being changed (the plan's, or for a step the step's version)";
    private static final String IDEMPOTENCY = "Any unique string (e.g. a UUID); repeating the request with it returns the first result instead of creating twice";

    @Inject
    PlanService service;

    @Inject
    StepService steps;

    @Inject
    DueItems dueItems;

    @Inject
    ReferralService referrals;

    @Inject
    PlanDocumentService documents;

    @Inject
    DiagnosisService diagnoses;

    @Inject
    ReferentService referents;

    @Inject
    FollowUpService followUps;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPlan", summary = "Start a plan for a client; the caller's institution leads it")
    @APIResponse(responseCode = "201", description = "Created (or, with a repeated Idempotency-Key, the plan created the first time)",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or an invalid Idempotency-Key")
    @APIResponse(responseCode = "422", description = "Invalid values (e.g. a team institution without a legal basis); nothing stored")
    public Response create(@Parameter(description = IDEMPOTENCY, schema = @Schema(maxLength = IdempotencyStore.MAX_KEY_LENGTH)) @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @Valid @NotNull PlanRequest request, @Context UriInfo uri) {
        PlanService.Created<PlanResponse> created = service.create(request, idempotencyKey);
        return Preconditions.created(uri.getBaseUriBuilder().path("api/v1/plans").path(created.body().id().toString()).build(),
                created.body(), created.replayed());
    }

    @GET
    @Path("/due")
    @Operation(operationId = "listMyDueItems", summary = "What the caller's institution must do soon or is late with: PUP contacts "
            + "(every 30 or 60 days, as the plan's regime says), steps to start or finish, IPZS periods ending, CIS/KIS statuses "
            + "expiring, plans ending, follow-ups after exit, referrals to answer")
    @APIResponse(responseCode = "200", description = "Due items, earliest first")
    public List<DueItem> due() {
        return dueItems.forMyInstitution();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan", summary = "A plan with team, goals, steps, meetings, outcomes and due items")
    @APIResponse(responseCode = "200", description = "The plan; ETag is its version",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return Preconditions.ok(service.get(id));
    }

    @GET
    @Path("/{id}/document.pdf")
    @Produces(PDF)
    @Operation(operationId = "getPlanDocument", summary = "The plan as a PDF document for signature (Polish): person, lead, team, period, goals, "
            + "steps by owning institution and signature lines; each download is audited")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment whose name holds no personal data",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") UUID id) {
        PlanDocumentService.Rendered rendered = documents.pdf(id);
        return Response.ok(rendered.pdf(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + rendered.fileName() + "\"")
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePlan", summary = "Change title, period and goals (the lead institution)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "The plan is completed or closed")
    @APIResponse(responseCode = "412", description = "Someone else changed the plan since it was read; nothing saved")
    @APIResponse(responseCode = "422", description = "Invalid values")
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanUpdateRequest request) {
        return Preconditions.ok(service.update(id, Preconditions.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionPlan", summary = "Move the plan: DRAFT → ACTIVE → COMPLETED → CLOSED (or DRAFT/ACTIVE → CLOSED)")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "Not an allowed transition")
    public Response transition(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return Preconditions.ok(service.transition(id, Preconditions.expectedVersion(ifMatch), request.to()));
    }

    @PUT
    @Path("/{id}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setPlanTeam", summary = "Set the team (a coordinator of the lead institution)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "422", description = "An institution without a legal basis, or one that owns open steps left out")
    public Response setTeam(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TeamRequest request) {
        return Preconditions.ok(service.setTeam(id, Preconditions.expectedVersion(ifMatch), request));
    }

    @POST
    @Path("/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPlanStep", summary = "Add a step owned by a team institution (its own, or any for the lead)")
    @APIResponse(responseCode = "201", description = "The plan with the new step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, the id is not a UUID, or an invalid Idempotency-Key")
    @APIResponse(responseCode = "409", description = "The plan is completed or closed")
    @APIResponse(responseCode = "422", description = "Invalid values (unknown service, owner not on the team, longer than the service "
            + "allows, service not valid on the step's dates under the plan's regime (service-not-yet-valid, service-no-longer-valid, "
            + "regime-mismatch), not provided by the owner's type (not-provided-by-owner-type), a need not in the diagnosis, ...)")
    public Response addStep(@PathParam("id") UUID id,
            @Parameter(description = IDEMPOTENCY, schema = @Schema(maxLength = IdempotencyStore.MAX_KEY_LENGTH)) @HeaderParam(IdempotencyStore.HEADER) String idempotencyKey,
            @Valid @NotNull StepRequest request) {
        PlanService.Created<PlanResponse> created = steps.add(id, request, idempotencyKey);
        return Preconditions.created(created.body(), created.replayed());
    }

    @PUT
    @Path("/{id}/steps/{stepId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePlanStep", summary = "Change a step (only its owning institution); If-Match is the step's version")
    @APIResponse(responseCode = "200", description = "The plan with the changed step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "412", description = "Someone else changed the step since it was read; nothing saved")
    @APIResponse(responseCode = "422", description = "Invalid values or status change")
    public PlanResponse updateStep(@PathParam("id") UUID plan,
            @PathParam("stepId") UUID step,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StepRequest request) {
        return steps.update(plan, step, Preconditions.expectedVersion(ifMatch), request);
    }

    @POST
    @Path("/{id}/diagnoses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPlanDiagnosis", summary = "Record a socio-professional diagnosis (a team institution); special-category "
            + "areas only with an article 9 basis")
    @APIResponse(responseCode = "201", description = "The plan with the diagnosis",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "The plan is completed or closed, or a restriction of processing is in force")
    @APIResponse(responseCode = "422", description = "Invalid values (an area twice, a special-category area without an article 9 basis, "
            + "validUntil before madeOn)")
    @ResponseStatus(201)
    public PlanResponse addDiagnosis(@PathParam("id") UUID id, @Valid @NotNull DiagnosisRequest request) {
        return diagnoses.record(id, request);
    }

    @POST
    @Path("/{id}/referents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPlanReferent", summary = "Name a caseworker of the caller's institution as the plan's referent "
            + "(staff name themselves, a coordinator any colleague)")
    @APIResponse(responseCode = "201", description = "The plan with its referents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "Already a referent, or a restriction of processing is in force")
    @APIResponse(responseCode = "422", description = "Not a caseworker of the caller's institution known to the platform")
    @ResponseStatus(201)
    public PlanResponse addReferent(@PathParam("id") UUID id, @Valid @NotNull ReferentRequest request) {
        return referents.name(id, request);
    }

    @POST
    @Path("/{id}/handovers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "handOverPlan", summary = "Hand the case over to a colleague of the same institution (the referent, or a "
            + "coordinator of their institution); audited")
    @APIResponse(responseCode = "200", description = "The plan with its new referent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "A restriction of processing is in force")
    @APIResponse(responseCode = "422", description = "fromSubject is not a referent of the caller's institution, or toSubject not a colleague")
    public PlanResponse handOver(@PathParam("id") UUID id, @Valid @NotNull HandoverRequest request) {
        return referents.handOver(id, request);
    }

    @POST
    @Path("/{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPlanFollowUp", summary = "Record what became of the person at exit, 3 or 6 months after it (the lead, "
            + "once the plan is completed or closed)")
    @APIResponse(responseCode = "201", description = "The plan with the follow-up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "The plan is not finished, the checkpoint is already recorded, or a restriction of "
            + "processing is in force")
    @APIResponse(responseCode = "422", description = "observedOn before the checkpoint's day")
    @ResponseStatus(201)
    public PlanResponse addFollowUp(@PathParam("id") UUID id, @Valid @NotNull FollowUpRequest request) {
        return followUps.record(id, request);
    }

    @POST
    @Path("/{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPlanMeeting", summary = "Record a meeting with the client (a team institution)")
    @APIResponse(responseCode = "201", description = "The plan with the meeting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "422", description = "Invalid values")
    @ResponseStatus(201)
    public PlanResponse addMeeting(@PathParam("id") UUID id,
            @Valid @NotNull MeetingRequest request) {
        return service.addMeeting(id, request);
    }

    @POST
    @Path("/{id}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPlanOutcome", summary = "Record an outcome (the lead institution)")
    @APIResponse(responseCode = "201", description = "The plan with the outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "422", description = "Invalid values")
    @ResponseStatus(201)
    public PlanResponse addOutcome(@PathParam("id") UUID id,
            @Valid @NotNull OutcomeRequest request) {
        return service.addOutcome(id, request);
    }

    @POST
    @Path("/{id}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.INTEGRATION })
    @RequiresScope(RequiresScope.REFERRALS)
    @Operation(operationId = "sendReferral", summary = "Refer the person to another institution for a step (it needs an active legal basis); "
            + "also a system of an institution that sees the plan, with the scope referrals")
    @APIResponse(responseCode = "201", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "409", description = "The plan is completed or closed")
    @APIResponse(responseCode = "422", description = "Invalid values (unknown institution or service, no legal basis)")
    @ResponseStatus(201)
    public ReferralResponse sendReferral(@PathParam("id") UUID id,
            @Valid @NotNull ReferralRequest request) {
        return referrals.send(id, request);
    }

    @GET
    @Path("/{id}/referrals")
    @Operation(operationId = "listPlanReferrals", summary = "Every referral of the plan, newest first, for an institution that sees the plan; "
            + "each referral listed is audited")
    @APIResponse(responseCode = "200", description = "The plan's referrals (between any institutions), with the caller's actions on each")
    public List<ReferralResponse> planReferrals(@PathParam("id") UUID id) {
        return referrals.ofPlan(id);
    }

}
