package pl.synergia.regional;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.regional.FigureQueries.PeriodInfo;
import pl.synergia.regional.FigureQueries.ValueSort;
import pl.synergia.regional.Indicator.Level;
import pl.synergia.regional.Indicator.Periodicity;
import pl.synergia.regional.RegionalFigureService.ValuesQuery;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Params;

/**
 * The regional figures (issue #11) for the ROPS: the indicator catalogue, values by level, unit and
 * period (JSON or CSV), series, breakdowns, the gmina profile and the MLW gminas. A regional
 * analyst (a person or a regional system's service account) sees its voivodeship; an
 * administrator the nation. Answers carry an ETag (when the figures were computed) and
 * Cache-Control; figures are precomputed by the refresh, never computed per request.
 */
@Path("/api/v1/regional")
@Tag(name = "Regional figures", description = "Indicators of the regional platform (RPW), per voivodeship, powiat and gmina")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.REGIONAL_ANALYST, Roles.ADMIN })
@APIResponse(responseCode = "403", description = "Not a regional analyst or administrator, or an analyst whose token names no institution")
public class RegionalFigureResource {

    @Inject
    RecommendationService recommendations;

    @Inject
    RegionalReport report;

    @Inject
    RegionalScope scope;

    static final int MAX_UNITS_PAGE = 2500;

    @Inject
    RegionalFigureService service;

    @Inject
    RegionalConfig config;

    @GET
    @Path("/indicators")
    @Operation(operationId = "listRegionalIndicators", summary = "The indicator catalogue: code, names, definition, unit, source, levels, "
            + "periods, suppression, and the latest period computed")
    @APIResponse(responseCode = "200", description = "Every indicator, in catalogue order")
    public List<IndicatorResponse> indicators() {
        return service.catalogue();
    }

    @GET
    @Path("/indicators/{code}")
    @Operation(operationId = "getRegionalIndicator", summary = "One indicator of the catalogue")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "404", description = "No indicator has this code")
    public IndicatorResponse indicator(@Parameter(example = "CIS_KIS_PLACES_PER_10K", schema = @Schema(maxLength = 64)) @PathParam("code") String code) {
        return service.indicator(IndicatorCatalogue.find(code)
                .orElseThrow(() -> ProblemException.notFound("No indicator has this code; GET /api/v1/regional/indicators lists them.")));
    }

    @GET
    @Path("/values")
    @Operation(operationId = "listRegionalValues", summary = "Values of one indicator for the units of a level (within a parent unit) and a period",
            description = "Voivodeships, powiats or gminas with the value of the indicator, paged and sorted (names in Polish order). "
                    + "A regional analyst's list starts from their voivodeship; figures of people of another voivodeship answer 404. "
                    + "Hidden values (suppressed: counts of people from 1 to k − 1 and what they could be recovered from) are null with "
                    + "suppressed true. Send Accept: text/csv for every row as CSV.")
    @APIResponse(responseCode = "200", description = "One page of values (JSON), or every row (CSV, UTF-8 with BOM)",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValuePage.class),
                            examples = @ExampleObject(name = "powiats", value = "{\"indicator\":\"CIS_KIS_PLACES_PER_10K\",\"level\":\"POWIAT\","
                                    + "\"period\":\"2025-06\",\"breakdown\":null,\"asOf\":\"2025-06-30\",\"computedAt\":\"2025-07-01T03:41:12Z\","
                                    + "\"suppressionThreshold\":5,\"items\":[{\"unit\":\"1408\",\"level\":\"POWIAT\",\"name\":\"legionowski\","
                                    + "\"powiatName\":null,\"value\":5.88,\"numerator\":70,\"denominator\":119023,\"suppressed\":false},"
                                    + "{\"unit\":\"1409\",\"level\":\"POWIAT\",\"name\":\"łosicki\",\"powiatName\":null,\"value\":null,"
                                    + "\"numerator\":null,\"denominator\":null,\"suppressed\":true}],"
                                    + "\"page\":0,\"size\":20,\"totalItems\":42,\"totalPages\":3}")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "gminas", value = "indicator,period,as_of,breakdown,level,unit_teryt,name,powiat,"
                                    + "value,suppressed,numerator,denominator\r\nPEOPLE_ACTIVE_PLAN,2025-06,2025-06-30,,GMINA,1408011,Legionowo,"
                                    + "legionowski,132,false,,\r\nPEOPLE_ACTIVE_PLAN,2025-06,2025-06-30,,GMINA,1408022,Jabłonna,legionowski,,true,,\r\n")) })
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Missing or invalid parameters (indicator, level, unit, period, sort, page, size)")
    @APIResponse(responseCode = "404", description = "The unit does not exist or is outside the caller's voivodeship (figures of people), "
            + "or the period was not computed")
    public Response values(
            @Parameter(required = true, description = "Indicator code", example = "CIS_KIS_PLACES_PER_10K", schema = @Schema(maxLength = 64))
            @QueryParam("indicator") String indicator,
            @Parameter(description = "Level of the units listed", schema = @Schema(implementation = Level.class, defaultValue = "GMINA"))
            @QueryParam("level") String level,
            @Parameter(description = "TERYT code of the parent unit (2 or 4 digits); default: the caller's voivodeship (the nation for an "
                    + "administrator, and for the voivodeships of a public-register indicator)", example = "14")
            @QueryParam("unit") String unit,
            @Parameter(description = "Month (YYYY-MM) or year (YYYY); default: the latest computed", example = "2025")
            @QueryParam("period") String period,
            @Parameter(description = "A part of the indicator's breakdown (GET .../breakdown lists them); default: the total",
                    schema = @Schema(maxLength = 80)) @QueryParam("breakdown") String breakdown,
            @Parameter(schema = @Schema(enumeration = { "name", "-name", "value", "-value", "unit", "-unit" }, defaultValue = "name"))
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "2500", defaultValue = "20")) @QueryParam("size") String size,
            @Context Request request) {
        List<FieldError> errors = new ArrayList<>();
        ValuesQuery query = valuesQuery(indicator, level, unit, period, breakdown, sort, errors);
        int[] paging = paging(page, size, errors);
        PageParams.failIfAny(errors);
        PeriodInfo info = service.period(query.indicator(), query.period());
        String variant = String.join("|", "values", query.toString(), service.prefix(query.indicator(), query.level(), query.unit()),
                Integer.toString(paging[0]), Integer.toString(paging[1]));
        return Caching.cached(request, info.computedAt(), variant, config.cacheMaxAgeSeconds(),
                () -> service.values(query, info, paging[0], paging[1]));
    }

    @GET
    @Path("/values")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Response valuesCsv(@QueryParam("indicator") String indicator, @QueryParam("level") String level,
            @QueryParam("unit") String unit, @QueryParam("period") String period, @QueryParam("breakdown") String breakdown,
            @QueryParam("sort") String sort, @Context Request request) {
        List<FieldError> errors = new ArrayList<>();
        ValuesQuery query = valuesQuery(indicator, level, unit, period, breakdown, sort, errors);
        PageParams.failIfAny(errors);
        PeriodInfo info = service.period(query.indicator(), query.period());
        String variant = String.join("|", "csv", query.toString(), service.prefix(query.indicator(), query.level(), query.unit()));
        Response response = Caching.cached(request, info.computedAt(), variant, config.cacheMaxAgeSeconds(),
                () -> service.valuesCsv(query, info));
        return Response.fromResponse(response).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + query.indicator().code().toLowerCase() + "-"
                        + query.level().name().toLowerCase() + "-" + info.period() + ".csv\"").build();
    }

    @GET
    @Path("/series")
    @Operation(operationId = "getRegionalSeries", summary = "A monthly or yearly series of one indicator for one unit")
    @APIResponse(responseCode = "200", description = "The series, oldest first (computed periods only)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Missing or invalid parameters")
    @APIResponse(responseCode = "404", description = "The unit does not exist, or it is outside the caller's voivodeship (figures of people)")
    public Response series(
            @Parameter(required = true, example = "PEOPLE_ACTIVE_PLAN", schema = @Schema(maxLength = 64)) @QueryParam("indicator") String indicator,
            @Parameter(required = true, description = "TERYT code of the unit (2, 4 or 7 digits)", example = "1408011") @QueryParam("unit") String unit,
            @Parameter(schema = @Schema(implementation = Periodicity.class, defaultValue = "MONTH")) @QueryParam("periodicity") String periodicity,
            @Parameter(description = "First period (YYYY-MM or YYYY as the periodicity); default: all computed") @QueryParam("from") String from,
            @Parameter(description = "Last period; default: all computed") @QueryParam("to") String to,
            @Parameter(schema = @Schema(maxLength = 80)) @QueryParam("breakdown") String breakdown,
            @Context Request request) {
        List<FieldError> errors = new ArrayList<>();
        Indicator i = indicator(indicator, errors);
        String u = requiredUnit(unit, errors);
        Periodicity p = Params.enumValue("periodicity", periodicity, Periodicity.class, errors);
        Periodicity chosen = p == null ? (i != null && !i.monthly() ? Periodicity.YEAR : Periodicity.MONTH) : p;
        if (i != null && chosen == Periodicity.MONTH && !i.monthly()) {
            errors.add(new FieldError("periodicity", "invalid-for-indicator", "must be YEAR: " + i.code() + " is yearly"));
        }
        String first = periodOf("from", from, chosen, errors);
        String last = periodOf("to", to, chosen, errors);
        String part = breakdown(breakdown, errors);
        PageParams.failIfAny(errors);
        SeriesResponse series = service.series(i, u, chosen, first == null ? "0000" : first, last == null ? "9999-99" : last, part);
        java.time.Instant computed = series.points().stream().map(SeriesResponse.Point::computedAt).max(java.util.Comparator.naturalOrder())
                .orElse(java.time.Instant.EPOCH);
        return Caching.cached(request, computed, String.join("|", "series", indicator, u, chosen.name(), String.valueOf(first),
                String.valueOf(last), String.valueOf(part)), config.cacheMaxAgeSeconds(), () -> series);
    }

    @GET
    @Path("/breakdown")
    @Operation(operationId = "getRegionalBreakdown", summary = "The parts of one indicator's value for one unit and period",
            description = "E.g. steps by catalogue service (use of each instrument under each act), referrals by institution types, "
                    + "outcomes by kind, signatories by sector.")
    @APIResponse(responseCode = "200", description = "The total and its parts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BreakdownResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Missing or invalid parameters")
    @APIResponse(responseCode = "404", description = "The unit does not exist or is outside the caller's voivodeship (figures of people), "
            + "or the period was not computed")
    public Response breakdown(
            @Parameter(required = true, example = "STEPS_STARTED", schema = @Schema(maxLength = 64)) @QueryParam("indicator") String indicator,
            @Parameter(required = true, example = "1408011") @QueryParam("unit") String unit,
            @Parameter(description = "Month (YYYY-MM) or year (YYYY); default: the latest computed", example = "2025") @QueryParam("period") String period,
            @Context Request request) {
        List<FieldError> errors = new ArrayList<>();
        Indicator i = indicator(indicator, errors);
        String u = requiredUnit(unit, errors);
        String p = period(period, errors);
        PageParams.failIfAny(errors);
        PeriodInfo info = service.period(i, p);
        return Caching.cached(request, info.computedAt(), String.join("|", "breakdown", indicator, u, info.period()),
                config.cacheMaxAgeSeconds(), () -> service.breakdown(i, u, info));
    }

    @GET
    @Path("/gminas/{teryt}/profile")
    @Operation(operationId = "getRegionalGminaProfile", summary = "A gmina's indicators beside its powiat's and voivodeship's, and its MLW stage")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GminaProfile.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Not a 7-digit TERYT code, or an invalid period")
    @APIResponse(responseCode = "404", description = "No such gmina, a gmina outside the caller's voivodeship, or the period was not computed")
    public Response profile(
            @Parameter(description = "7-digit TERYT code of the gmina", example = "1408011", schema = @Schema(pattern = "^[0-9]{7}$"))
            @PathParam("teryt") String teryt,
            @Parameter(description = "Month (YYYY-MM) or year (YYYY); default: the latest computed month", example = "2025-06")
            @QueryParam("period") String period,
            @Context Request request) {
        List<FieldError> errors = new ArrayList<>();
        if (teryt == null || !teryt.matches("^[0-9]{7}$")) {
            errors.add(new FieldError("teryt", "not-teryt", "must be the 7-digit TERYT code of a gmina"));
        }
        String p = period(period, errors);
        PageParams.failIfAny(errors);
        PeriodInfo info = service.period(IndicatorCatalogue.get("PEOPLE_ACTIVE_PLAN"), p);
        GminaProfile profile = service.profile(teryt, info);
        return Caching.cached(request, info.computedAt(), String.join("|", "profile", teryt, info.period(),
                recommendations.stampForGmina(teryt)), config.cacheMaxAgeSeconds(), () -> profile);
    }

    @GET
    @Path("/report.pdf")
    @Produces({ RpwResource.PDF, MediaType.APPLICATION_JSON })
    @Operation(operationId = "getRegionalReport", summary = "The voivodeship's report for an RPW meeting as a Polish PDF: as-of date, "
            + "headline indicators per powiat (suppressed cells marked), MLW gminas, white spots, recommendations by status")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = RpwResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Not a voivodeship code, or an invalid period")
    @APIResponse(responseCode = "404", description = "No such voivodeship, another voivodeship than the analyst's (audited), "
            + "or the period was not computed")
    public Response report(
            @Parameter(description = "2-digit TERYT code of the voivodeship; default: the analyst's", example = "14",
                    schema = @Schema(pattern = "^[0-9]{2}$")) @QueryParam("voivodeship") String voivodeship,
            @Parameter(description = "Month (YYYY-MM) or year (YYYY); default: the latest computed month", example = "2025-06")
            @QueryParam("period") String period) {
        List<FieldError> errors = new ArrayList<>();
        String v = voivodeship == null || voivodeship.isBlank() ? scope.voivodeship().orElse(null) : voivodeship.strip();
        if (v == null || !v.matches("^[0-9]{2}$")) {
            errors.add(new FieldError("voivodeship", "not-teryt", "must be the 2-digit TERYT code of a voivodeship"));
        }
        String p = period(period, errors);
        PageParams.failIfAny(errors);
        RegionalReport.Pdf pdf = report.render(v, p);
        return Response.ok(pdf.content(), RpwResource.PDF).header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("/mlw-gminas")
    @Operation(operationId = "listRegionalMlwGminas", summary = "Gminas in the MLW (with a Pakt) and where each stands now, by name")
    @APIResponse(responseCode = "200", description = "One page of gminas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MlwGminaPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters")
    @APIResponse(responseCode = "404", description = "No such unit")
    public MlwGminaPage mlwGminas(
            @Parameter(description = "TERYT code of a voivodeship or powiat (2 or 4 digits); default: the caller's voivodeship "
                    + "(the nation for an administrator)", example = "14") @QueryParam("unit") String unit,
            @Parameter(schema = @Schema(implementation = MlwStage.Stage.class)) @QueryParam("stage") String stage,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "2500", defaultValue = "20")) @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        String u = parentUnit(unit, errors);
        MlwStage.Stage s = Params.enumValue("stage", stage, MlwStage.Stage.class, errors);
        int[] paging = paging(page, size, errors);
        PageParams.failIfAny(errors);
        if (u != null) {
            service.unitName(u);
        }
        return service.mlwGminas(u, s, paging[0], paging[1]);
    }

    // ------------------------------------------------------------------ parameters

    private ValuesQuery valuesQuery(String indicator, String level, String unit, String period, String breakdown, String sort,
            List<FieldError> errors) {
        Indicator i = indicator(indicator, errors);
        Level l = Params.enumValue("level", level, Level.class, errors);
        Level chosen = l == null ? Level.GMINA : l;
        if (i != null && !i.levels().contains(chosen)) {
            errors.add(new FieldError("level", "invalid-for-indicator", "must be one of " + i.levels() + " for " + i.code()));
        }
        String u = parentUnit(unit, errors);
        if (u != null && u.length() >= chosen.codeLength) {
            errors.add(new FieldError("unit", "invalid-for-level", "must be a unit above the level listed (a voivodeship or a powiat)"));
        }
        String p = period(period, errors);
        String part = breakdown(breakdown, errors);
        ValueSort valueSort = ValueSort.NAME;
        boolean descending = false;
        if (sort != null && !sort.isBlank()) {
            String s = sort.strip();
            descending = s.startsWith("-");
            String name = descending ? s.substring(1) : s;
            valueSort = java.util.Arrays.stream(ValueSort.values()).filter(v -> v.param.equals(name)).findFirst().orElse(null);
            if (valueSort == null) {
                errors.add(new FieldError("sort", "unknown-value", "must be one of name, -name, value, -value, unit, -unit"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        if (u != null) {
            service.unitName(u);
        }
        return new ValuesQuery(i, chosen, u, p, part, valueSort, descending);
    }

    private static Indicator indicator(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("indicator", "required", "is required: an indicator code (GET /api/v1/regional/indicators)"));
            return null;
        }
        Indicator indicator = IndicatorCatalogue.find(code.strip()).orElse(null);
        if (indicator == null) {
            errors.add(new FieldError("indicator", "unknown-value", "is not an indicator code (GET /api/v1/regional/indicators)"));
        }
        return indicator;
    }

    private static String parentUnit(String unit, List<FieldError> errors) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        String u = unit.strip();
        if (!u.matches("^([0-9]{2}|[0-9]{4})$")) {
            errors.add(new FieldError("unit", "not-teryt", "must be the TERYT code of a voivodeship (2 digits) or a powiat (4)"));
            return null;
        }
        return u;
    }

    private static String requiredUnit(String unit, List<FieldError> errors) {
        if (unit == null || unit.isBlank()) {
            errors.add(new FieldError("unit", "required", "is required: a TERYT code of 2, 4 or 7 digits"));
            return null;
        }
        return Params.terytPrefix("unit", unit, errors);
    }

    private static String period(String period, List<FieldError> errors) {
        if (period == null || period.isBlank()) {
            return null;
        }
        if (!Periods.PERIOD.matcher(period.strip()).matches()) {
            errors.add(new FieldError("period", "not-a-period", "must be a month (YYYY-MM) or a year (YYYY)"));
            return null;
        }
        return period.strip();
    }

    private static String periodOf(String name, String value, Periodicity periodicity, List<FieldError> errors) {
        String p = period(value == null ? null : value, errors);
        if (p != null && Periods.isYear(p) != (periodicity == Periodicity.YEAR)) {
            errors.add(new FieldError(name, "invalid-for-periodicity", periodicity == Periodicity.YEAR ? "must be a year (YYYY)"
                    : "must be a month (YYYY-MM)"));
            return null;
        }
        return p;
    }

    private static String breakdown(String breakdown, List<FieldError> errors) {
        if (breakdown == null || breakdown.isBlank()) {
            return null;
        }
        if (breakdown.length() > 80) {
            errors.add(new FieldError("breakdown", "too-long", "must be at most 80 characters"));
            return null;
        }
        return breakdown.strip();
    }

    /** page and size, size up to {@value #MAX_UNITS_PAGE} (a national table of gminas on one page). */
    private static int[] paging(String page, String size, List<FieldError> errors) {
        PageParams paging = PageParams.parse(page, size, MAX_UNITS_PAGE, errors);
        return paging == null ? new int[] { 0, PageParams.DEFAULT_SIZE } : new int[] { paging.page(), paging.size() };
    }
}
