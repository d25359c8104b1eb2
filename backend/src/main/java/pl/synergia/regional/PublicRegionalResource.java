package pl.synergia.regional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.synergia.regional.FigureQueries.PeriodInfo;
import pl.synergia.regional.IndicatorCatalogue.SupplyGroup;
import pl.synergia.shared.problem.ProblemException;

/**
 * Figures of public registers for anyone, without login (issue #11): per voivodeship, the
 * social-employment entities, their places and the gminas with a signed MLW Pakt, on the latest
 * computed day. Nothing about people.
 */
@Path("/api/v1/public/regional")
@Tag(name = "Public", description = "Read without login")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicRegionalResource {

    @Inject
    FigureQueries queries;

    @Inject
    RegionalConfig config;

    @GET
    @Path("/voivodeships")
    @Operation(operationId = "listPublicRegionalVoivodeships", summary = "Every voivodeship: entities, places and MLW gminas (public registers)")
    @APIResponse(responseCode = "200", description = "The voivodeships by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicRegionalSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No figures have been computed yet")
    public Response voivodeships(@Context Request request) {
        PeriodInfo period = latest();
        return Caching.cached(request, period.computedAt(), "public|voivodeships", config.cacheMaxAgeSeconds(), false,
                () -> new PublicRegionalSummary(period.period(), period.asOf(), period.computedAt(), summaries(period, null)));
    }

    @GET
    @Path("/voivodeships/{code}")
    @Operation(operationId = "getPublicRegionalVoivodeship", summary = "One voivodeship: entities, places and its MLW gminas (public registers)")
    @APIResponse(responseCode = "200", description = "The voivodeship with the list of its gminas with a signed MLW Pakt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicRegionalSummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No voivodeship has this code, or no figures have been computed yet")
    public Response voivodeship(@Parameter(description = "2-digit TERYT code", example = "14", schema = @Schema(pattern = "^[0-9]{2}$"))
            @PathParam("code") String code, @Context Request request) {
        if (code == null || !queries.voivodeships().containsKey(code)) {
            throw ProblemException.notFound("No voivodeship has this TERYT code.");
        }
        PeriodInfo period = latest();
        return Caching.cached(request, period.computedAt(), "public|voivodeship|" + code, config.cacheMaxAgeSeconds(), false,
                () -> new PublicRegionalSummary(period.period(), period.asOf(), period.computedAt(), summaries(period, code)));
    }

    private PeriodInfo latest() {
        return queries.latest(false).orElseThrow(() -> ProblemException.notFound("No figures have been computed yet."));
    }

    private List<PublicVoivodeship> summaries(PeriodInfo period, String only) {
        List<String> codes = new ArrayList<>();
        for (SupplyGroup g : IndicatorCatalogue.SUPPLY_GROUPS) {
            codes.add(g.prefix() + "_ENTITIES");
            if (g.places()) {
                codes.add(g.prefix() + "_PLACES");
            }
        }
        codes.add("MLW_PACT_ACTIVE");
        Map<String, Map<String, BigDecimal>> values = queries.voivodeshipValues(period.period(), codes);
        List<PublicVoivodeship> list = new ArrayList<>();
        queries.voivodeships().forEach((code, name) -> {
            if (only != null && !only.equals(code)) {
                return;
            }
            Map<String, BigDecimal> own = values.getOrDefault(code, Map.of());
            Map<String, Long> entities = new LinkedHashMap<>();
            Map<String, Long> places = new LinkedHashMap<>();
            for (SupplyGroup g : IndicatorCatalogue.SUPPLY_GROUPS) {
                if (g.types().size() > 1) {
                    continue; // the sums (CIS_KIS, WTZ_ZAZ) are the sums of what is listed
                }
                entities.put(g.prefix(), number(own.get(g.prefix() + "_ENTITIES")));
                if (g.places()) {
                    places.put(g.prefix(), number(own.get(g.prefix() + "_PLACES")));
                }
            }
            List<PublicVoivodeship.PublicMlwGmina> gminas = only == null ? null
                    : queries.mlwGminas(code, MlwStage.Stage.ACTIVE.name(), 0, Integer.MAX_VALUE).stream()
                            .map(m -> new PublicVoivodeship.PublicMlwGmina(m.teryt(), m.name(), m.powiatName(), m.stageSince(),
                                    m.partnershipId(), m.signatories()))
                            .toList();
            list.add(new PublicVoivodeship(code, name, entities, places, number(own.get("MLW_PACT_ACTIVE")), gminas));
        });
        return list;
    }

    private static long number(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }
}
