package pl.synergia.catalogue;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Params;
import pl.synergia.shared.web.SortField;
import pl.synergia.shared.web.SortField.Sort;

@Path("/api/v1/catalogue")
@Tag(name = "Catalogue", description = "Services and tools, institution types and their dictionaries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.COORDINATOR, Roles.REGIONAL_ANALYST, Roles.ADMIN, Roles.INTEGRATION })
@APIResponse(responseCode = "403", description = "The caller has no Synergia role")
public class CatalogueResource {

    @Inject
    CatalogueService service;

    @GET
    @Path("/services")
    @Operation(operationId = "listServices", summary = "Search the catalogue of services and tools")
    @APIResponse(responseCode = "200", description = "One page of catalogue entries")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sorting parameters")
    public ServicePage list(
            @Parameter(description = "Words to find in names and descriptions; case and Polish diacritics are ignored")
            @QueryParam("q") String q,
            @Parameter(description = "Instrument kind, e.g. INTERNSHIP") @QueryParam("kind") String kind,
            @Parameter(description = "Only services this institution type provides",
                    schema = @Schema(implementation = InstitutionType.class))
            @QueryParam("providerType") String providerType,
            @Parameter(description = "Only services for this target group (code)") @QueryParam("targetGroup") String targetGroup,
            @Parameter(description = "Only services under this legal regime (code)") @QueryParam("regime") String regime,
            @Parameter(description = "Only services whose rules apply on this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("validOn") String validOn,
            @Parameter(description = "Include instruments that no longer exist (default false)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("includeHistorical") String includeHistorical,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "Sort field, '-' prefix for descending",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "name", "-name", "kind", "-kind", "validFrom", "-validFrom" }, defaultValue = "name"))
            @QueryParam("sort") String sort) {
        List<FieldError> errors = new ArrayList<>();
        ServiceFilter filter = new ServiceFilter(
                Params.text("q", q, errors),
                Params.text("kind", kind, errors),
                Params.enumValue("providerType", providerType, InstitutionType.class, errors),
                Params.text("targetGroup", targetGroup, errors),
                Params.text("regime", regime, errors),
                Params.date("validOn", validOn, errors),
                Params.bool("includeHistorical", includeHistorical, false, errors));
        if (filter.targetGroup() != null && !service.targetGroupExists(filter.targetGroup())) {
            errors.add(new FieldError("targetGroup", "unknown-value", "is not a known target group"));
        }
        if (filter.regime() != null && !service.regimeExists(filter.regime())) {
            errors.add(new FieldError("regime", "unknown-value", "is not a known legal regime"));
        }
        PageParams paging = PageParams.parse(page, size, errors);
        Sort<ServiceSort> order = SortField.parse(ServiceSort.class, sort, ServiceSort.DEFAULT, errors);
        PageParams.failIfAny(errors);
        return service.list(filter, order, paging);
    }

    @GET
    @Path("/services/{code}")
    @Operation(operationId = "getService", summary = "One catalogue entry, with its versions under other legal regimes")
    @APIResponse(responseCode = "200", description = "The catalogue entry")
    @APIResponse(responseCode = "404", description = "No catalogue entry has this code")
    public ServiceResponse get(@PathParam("code") String code) {
        return service.get(code);
    }

    @GET
    @Path("/institution-types")
    @Operation(operationId = "listInstitutionTypes", summary = "All institution types with their legal basis, tasks, tools and services")
    @APIResponse(responseCode = "200", description = "The institution types")
    public List<InstitutionTypeResponse> institutionTypes() {
        return service.institutionTypes();
    }

    @GET
    @Path("/institution-types/{code}")
    @Operation(operationId = "getInstitutionType", summary = "One institution type")
    @APIResponse(responseCode = "200", description = "The institution type")
    @APIResponse(responseCode = "404", description = "No institution type has this code")
    public InstitutionTypeResponse institutionType(
            @Parameter(schema = @Schema(implementation = InstitutionType.class)) @PathParam("code") String code) {
        List<FieldError> errors = new ArrayList<>();
        InstitutionType type = Params.enumValue("code", code, InstitutionType.class, errors);
        if (type == null) {
            throw pl.synergia.shared.problem.ProblemException.notFound("No institution type has this code.");
        }
        return service.institutionType(type);
    }

    @GET
    @Path("/target-groups")
    @Operation(operationId = "listTargetGroups", summary = "Target groups of services")
    @APIResponse(responseCode = "200", description = "The target groups")
    public List<CodeLabel> targetGroups() {
        return service.targetGroups();
    }

    @GET
    @Path("/legal-regimes")
    @Operation(operationId = "listLegalRegimes", summary = "Legal acts the catalogue refers to, with their validity")
    @APIResponse(responseCode = "200", description = "The legal regimes")
    public List<LegalRegimeResponse> legalRegimes() {
        return service.legalRegimes();
    }

    @GET
    @Path("/cooperative-models")
    @Operation(operationId = "listCooperativeModels", summary = "Social-cooperative models (seed 003): profiles, founding paths, support tools")
    @APIResponse(responseCode = "200", description = "The models, in the order of the seed")
    public List<CooperativeModelResponse> cooperativeModels() {
        return service.cooperativeModels();
    }

    @GET
    @Path("/organisational-variants")
    @Operation(operationId = "listOrganisationalVariants", summary = "Organisational variants of the MLW procedure (seed 004)")
    @APIResponse(responseCode = "200", description = "The variants, in the order of the seed")
    public List<OrganisationalVariantResponse> organisationalVariants() {
        return service.organisationalVariants();
    }

    @GET
    @Path("/eligibility-criteria")
    @Operation(operationId = "listEligibilityCriteria", summary = "Criteria used in services' eligibility rules")
    @APIResponse(responseCode = "200", description = "The criteria")
    public List<CodeLabel> eligibilityCriteria() {
        return service.eligibilityCriteria();
    }
}
