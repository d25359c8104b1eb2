package pl.synergia.regional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.synergia.regional.RegionalApi.MCPS;
import static pl.synergia.regional.RegionalApi.analyst;
import static pl.synergia.regional.RegionalApi.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import pl.synergia.directory.Institution;
import pl.synergia.shared.events.EventDispatcher;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.OutboxProbe;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Recommendations through the API: the ROPS issues one to a gmina or powiat of its voivodeship; the
 * addressees see theirs and are told; a coordinator of an addressee acknowledges it and closes it;
 * every step in the history; illegal moves and bad input answer problems with nothing stored; other
 * voivodeships and other gminas get 404, audited.
 */
@QuarkusTest
class RecommendationApiTest {

    @Inject
    TestData data;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    OutboxProbe outbox;

    @Inject
    EntityManager em;

    private Institution ops;
    private Institution pup;
    private Institution neighbourOps;
    private Institution krakowRops;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).gmina("1408011").name(TestData.unique("MOPS Legionowo")).create();
        pup = data.institution().type(InstitutionType.PUP).gmina("1408011").name(TestData.unique("PUP Legionowo")).create();
        neighbourOps = data.institution().type(InstitutionType.OPS).gmina("1408022").name(TestData.unique("GOPS Jabłonna")).create();
        krakowRops = data.institution().type(InstitutionType.NGO).gmina("1261011").name(TestData.unique("ROPS Kraków")).create();
    }

    static String coordinator(Institution i) {
        return Tokens.user("coord-" + UUID.randomUUID()).roles("coordinator").institution(i.id).sign();
    }

    static String staff(Institution i) {
        return Tokens.user("staff-" + UUID.randomUUID()).roles("staff").institution(i.id).sign();
    }

    private static Response issue(String token, Object body) {
        return as(token).contentType("application/json").body(body).when().post("/api/v1/recommendations");
    }

    private static Map<String, Object> body(String territory, String text, List<String> indicators) {
        return Map.of("territory", territory, "text", text, "indicators", indicators);
    }

    private static Response move(String token, String id, String etag, String status, String reason) {
        var request = as(token).contentType("application/json");
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.body(reason == null ? Map.of("status", status) : Map.of("status", status, "reason", reason))
                .when().post("/api/v1/recommendations/" + id + "/status");
    }

    private long count(String text) {
        return ((Number) em.createNativeQuery("select count(*) from recommendation where text = ?1").setParameter(1, text)
                .getSingleResult()).longValue();
    }

    private long denied(String recordType) {
        return ((Number) em.createNativeQuery("select count(*) from audit_log where record_type = ?1 and outcome = 'DENIED'")
                .setParameter(1, recordType).getSingleResult()).longValue();
    }

    @Test
    void issuedAcknowledgedImplementedWithHistoryEventsAndNotifications() {
        String text = TestData.unique("Rekomendacja: utworzyć KIS przy MOPS, bo gmina nie ma miejsc w CIS ani KIS.");
        Response issued = issue(analyst(MCPS), body("1408011", text, List.of("CIS_KIS_PLACES_PER_10K", "NEED_SA_UNEMPLOYMENT")));
        issued.then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("ISSUED"))
                .body("territory.teryt", equalTo("1408011")).body("territory.level", equalTo("GMINA"))
                .body("territory.name", equalTo("Legionowo")).body("territory.powiatName", equalTo("legionowski"))
                .body("indicators[0].code", equalTo("CIS_KIS_PLACES_PER_10K"))
                .body("issuedByInstitution.id", equalTo(MCPS.toString()))
                .body("history.size()", equalTo(1)).body("history[0].toStatus", equalTo("ISSUED"))
                .body("allowedTransitions.size()", equalTo(0));
        String id = issued.jsonPath().getString("id");

        OutboxProbe.Row event = outbox.single(UUID.fromString(id), "pl.synergia.recommendation.issued");
        assertTrue(event.audience().contains(ops.id), "the gmina's OPS is told");
        assertFalse(event.audience().contains(pup.id), "a gmina's recommendation is for its OPS, not the PUP");
        assertFalse(event.audience().contains(neighbourOps.id));
        assertEquals("GMINA", event.data().get("level"));
        OutboxProbe.assertNoPersonalData(event, text);

        dispatcher.drain();
        JsonPath notifications = as(staff(ops)).queryParam("type", "RECOMMENDATION_ISSUED").when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath();
        int at = notifications.getList("items.link.id", String.class).indexOf(id);
        assertTrue(at >= 0, "the OPS's staff have a notification about it");
        assertEquals("RECOMMENDATION", notifications.getString("items[" + at + "].link.type"));
        String issuer = issued.jsonPath().getString("issuedByInstitution.name");
        assertEquals("Nowa rekomendacja regionu dla Twojej gminy od: " + issuer, notifications.getString("items[" + at + "].title"),
                "the notification names the issuing ROPS");

        String coordinator = coordinator(ops);
        JsonPath theirs = as(coordinator).when().get("/api/v1/recommendations").then().statusCode(200).extract().jsonPath();
        assertTrue(theirs.getList("items.id", String.class).contains(id));
        as(coordinator).when().get("/api/v1/recommendations/" + id).then().statusCode(200)
                .body("allowedTransitions", equalTo(List.of("ACKNOWLEDGED")));
        as(staff(ops)).when().get("/api/v1/recommendations/" + id).then().statusCode(200).body("allowedTransitions.size()", equalTo(0));
        move(staff(ops), id, "\"0\"", "ACKNOWLEDGED", null).then().statusCode(403);

        move(coordinator, id, null, "ACKNOWLEDGED", null).then().statusCode(428);
        move(coordinator, id, "\"7\"", "ACKNOWLEDGED", null).then().statusCode(412);
        move(coordinator, id, "\"0\"", "IMPLEMENTED", null).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:synergia:problem:invalid-transition"));
        move(coordinator, id, "\"0\"", "ACKNOWLEDGED", null).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ACKNOWLEDGED")).body("allowedTransitions", equalTo(List.of("IMPLEMENTED", "DECLINED")));
        OutboxProbe.Row acknowledged = outbox.single(UUID.fromString(id), "pl.synergia.recommendation.acknowledged");
        assertEquals(java.util.Set.of(MCPS), acknowledged.audience(), "the ROPS is told");
        dispatcher.drain();
        JsonPath told = as(analyst(MCPS)).queryParam("type", "RECOMMENDATION_ACKNOWLEDGED").when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath();
        int ack = told.getList("items.link.id", String.class).indexOf(id);
        assertTrue(ack >= 0, "the ROPS's analyst has a notification about it");
        assertFalse(told.getString("items[" + ack + "].title").contains("spoza katalogu"), "the notification names the acknowledging OPS");

        move(coordinator, id, "\"1\"", "DECLINED", " ").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        move(coordinator, id, "\"1\"", "IMPLEMENTED", "Uchwała rady miejskiej z 12 marca.").then().statusCode(200)
                .body("status", equalTo("IMPLEMENTED")).body("closingReason", equalTo("Uchwała rady miejskiej z 12 marca."));
        move(coordinator, id, "\"2\"", "DECLINED", "za późno").then().statusCode(409);

        JsonPath seen = as(analyst(MCPS)).when().get("/api/v1/recommendations/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("IMPLEMENTED", seen.getString("status"));
        assertEquals(List.of("ISSUED", "ACKNOWLEDGED", "IMPLEMENTED"), seen.getList("history.toStatus"));
        assertEquals(java.util.Arrays.asList(null, "ISSUED", "ACKNOWLEDGED"), seen.getList("history.fromStatus"));
        assertEquals(ops.id.toString(), seen.getString("history[1].actorInstitution.id"));
        assertEquals(1, outbox.about(UUID.fromString(id), "pl.synergia.recommendation.closed").size());

        JsonPath list = as(analyst(MCPS)).queryParam("status", "IMPLEMENTED").queryParam("territory", "1408")
                .queryParam("sort", "-updatedAt").queryParam("size", 100).when().get("/api/v1/recommendations")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(list.getList("items.id", String.class).contains(id));
        assertTrue(list.getList("items.status", String.class).stream().allMatch("IMPLEMENTED"::equals));
        assertTrue(list.getList("items.territory.teryt", String.class).stream().allMatch(t -> t.startsWith("1408")));
    }

    @Test
    void aPowiatsRecommendationIsForEveryOpsAndPupInIt() {
        String text = TestData.unique("Powiat: program specjalny PUP dla długotrwale bezrobotnych.");
        String id = issue(analyst(MCPS), body("1408", text, List.of("NEED_UNEMPLOYED_LONG_TERM"))).then().statusCode(201)
                .body("territory.level", equalTo("POWIAT")).extract().path("id");
        OutboxProbe.Row event = outbox.single(UUID.fromString(id), "pl.synergia.recommendation.issued");
        assertTrue(event.audience().containsAll(List.of(ops.id, pup.id, neighbourOps.id)));
        as(coordinator(pup)).when().get("/api/v1/recommendations/" + id).then().statusCode(200)
                .body("allowedTransitions", equalTo(List.of("ACKNOWLEDGED")));
        as(coordinator(neighbourOps)).when().get("/api/v1/recommendations/" + id).then().statusCode(200);
        move(coordinator(pup), id, "\"0\"", "ACKNOWLEDGED", null).then().statusCode(200);
    }

    @Test
    void otherGminasAndVoivodeshipsGet404Audited() {
        String text = TestData.unique("Tylko dla Legionowa.");
        String id = issue(analyst(MCPS), body("1408011", text, List.of("CIS_KIS_ENTITIES"))).then().statusCode(201).extract().path("id");
        long before = denied("RECOMMENDATION");
        as(analyst(krakowRops.id)).when().get("/api/v1/recommendations/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as(coordinator(neighbourOps)).when().get("/api/v1/recommendations/" + id).then().statusCode(404);
        as(coordinator(pup)).when().get("/api/v1/recommendations/" + id).then().statusCode(404);
        move(coordinator(neighbourOps), id, "\"0\"", "ACKNOWLEDGED", null).then().statusCode(404);
        assertEquals(before + 4, denied("RECOMMENDATION"), "each refusal is in the audit log");

        assertFalse(as(analyst(krakowRops.id)).queryParam("size", 100).when().get("/api/v1/recommendations").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class).contains(id));
        assertFalse(as(coordinator(neighbourOps)).queryParam("size", 100).when().get("/api/v1/recommendations").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class).contains(id));
        as(Tokens.user("ngo").roles("coordinator").institution(krakowRops.id).sign()).when().get("/api/v1/recommendations")
                .then().statusCode(200).body("totalItems", equalTo(0));
        as(RegionalApi.admin()).when().get("/api/v1/recommendations/" + id).then().statusCode(200);
    }

    @Test
    void badInputAnswersProblemsAndStoresNothing() {
        String text = TestData.unique("Niepoprawna rekomendacja");
        String analyst = analyst(MCPS);
        issue(analyst, body("1408011", "x".repeat(4001), List.of("CIS_KIS_ENTITIES"))).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        issue(analyst, body("1408011", text, List.of())).then().statusCode(422).body("errors[0].field", equalTo("indicators"));
        issue(analyst, body("14080", text, List.of("CIS_KIS_ENTITIES"))).then().statusCode(422).body("errors[0].field", equalTo("territory"));
        issue(analyst, Map.of("territory", "1408011", "indicators", List.of("CIS_KIS_ENTITIES"))).then().statusCode(422);
        as(analyst).contentType("application/json").body("{\"territory\": \"1408011\", \"text\": ").when().post("/api/v1/recommendations")
                .then().statusCode(400).contentType("application/problem+json");
        issue(analyst, body("1408011", text, List.of("CIS_KIS_ENTITIES", "NO_SUCH_INDICATOR", "CIS_KIS_ENTITIES"))).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("indicators[1]", "indicators[2]")))
                .body("errors.code", equalTo(List.of("unknown", "duplicate")));
        issue(analyst, body("1261011", text, List.of("CIS_KIS_ENTITIES"))).then().statusCode(422)
                .body("errors[0].field", equalTo("territory")).body("errors[0].code", equalTo("outside-voivodeship"));
        issue(analyst, body("1499", text, List.of("CIS_KIS_ENTITIES"))).then().statusCode(422)
                .body("errors[0].code", equalTo("unknown"));
        issue(coordinator(ops), body("1408011", text, List.of("CIS_KIS_ENTITIES"))).then().statusCode(403);
        issue(RegionalApi.admin(), body("1408011", text, List.of("CIS_KIS_ENTITIES"))).then().statusCode(403);
        as(analyst).queryParam("status", "SOMETIMES").queryParam("sort", "size").when().get("/api/v1/recommendations").then()
                .statusCode(400).body("errors.field", equalTo(List.of("status", "sort")));
        assertEquals(0, count(text), "nothing stored");
        given().when().get("/api/v1/recommendations").then().statusCode(401);
    }
}
