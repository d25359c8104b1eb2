package pl.synergia.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.synergia.partnership.Partners.coordinator;
import static pl.synergia.partnership.Partners.role;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;

/** Optimistic locking (428 without If-Match, 412 when stale, nothing saved) and bad input (problem+json, nothing stored). */
@QuarkusTest
class PartnershipInputTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private Institution ops;

    @BeforeEach
    void institution() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
    }

    private long partnershipsOf(Institution i) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from partnership where initiator_institution_id = cast(?1 as uuid)").setParameter(1, i.id.toString())
                .getSingleResult()).longValue());
    }

    @Test
    void changesNeedTheCurrentVersion() {
        String id = Partners.create(ops, "PACT").getString("id");
        String url = "/api/v1/partnerships/" + id;
        Map<String, Object> edit = Map.of("title", "Pakt A", "goals", "Cele A");
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(edit).when().put(url)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:synergia:problem:precondition-required"));
        long version = Partners.version(id);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"" + version + "\"").body(edit)
                .when().put(url).then().statusCode(200).header("ETag", "\"" + (version + 1) + "\"");
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(Map.of("title", "Pakt B", "goals", "Cele B")).when().put(url).then().statusCode(412)
                .body("type", equalTo("urn:synergia:problem:stale-version")).body("detail", containsString("current version"));
        assertEquals("Pakt A", Partners.get(id).getString("title"));
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "W/\"1\"").body(edit)
                .when().put(url).then().statusCode(412);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(Map.of("to", "CONSULTATION")).when().post(url + "/transitions").then().statusCode(412);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(Map.of("to", "CONSULTATION"))
                .when().post(url + "/transitions").then().statusCode(428);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(Map.of("sections", List.of(Map.of("body", "Tekst")))).when().post(url + "/versions").then().statusCode(412);
        assertEquals(1, Partners.get(id).getInt("latestVersion"));
        assertEquals("DRAFT", Partners.get(id).getString("status"));
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        long before = partnershipsOf(ops);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body("{\"kind\": \"PACT\", ")
                .when().post("/api/v1/partnerships").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:synergia:problem:malformed-body"));
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body("{\"kind\": \"TREATY\", \"gminaTeryt\": \"1408011\"}")
                .when().post("/api/v1/partnerships").then().statusCode(400);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(Map.of("gminaTeryt", "14080", "title", "x".repeat(301)))
                .when().post("/api/v1/partnerships").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("kind", "gminaTeryt", "title"));
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(Partners.body("PACT", "9999999"))
                .when().post("/api/v1/partnerships").then().statusCode(422)
                .body("errors[0].code", equalTo("invalid-reference"));
        assertEquals(before, partnershipsOf(ops));

        String id = Partners.create(ops, "PACT").getString("id");
        String url = "/api/v1/partnerships/" + id;
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"" + Partners.version(id) + "\"")
                .body(Map.of("sections", List.of())).when().post(url + "/versions").then().statusCode(422)
                .body("errors[0].field", equalTo("sections"));
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"" + Partners.version(id) + "\"")
                .body(Map.of("sections", List.of(Map.of("number", "§ 1.", "body", " ")))).when().post(url + "/versions")
                .then().statusCode(422).body("errors[0].field", startsWith("sections")).body("errors[0].code", equalTo("NotBlank"));
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"" + Partners.version(id) + "\"")
                .body(Map.of("title", " ", "goals", "")).when().put(url).then().statusCode(422)
                .body("errors.field", hasItems("title", "goals"));
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(Map.of("institutionId", "not-a-uuid"))
                .when().post(url + "/signatories").then().statusCode(400);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(Map.of())
                .when().post(url + "/signatories").then().statusCode(422).body("errors[0].code", equalTo("one-of"));
        assertEquals(1, Partners.get(id).getInt("latestVersion"));

        given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/not-a-uuid").then().statusCode(400)
                .body("errors[0].code", equalTo("not-a-uuid"));
        given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(role("staff")).when().get(url + "/versions/7").then().statusCode(404);
        given().auth().oauth2(role("staff")).when().get(url + "/versions/zero").then().statusCode(400);
        given().auth().oauth2(role("staff")).when().get(url + "/versions/1/diff").then().statusCode(400)
                .body("errors[0].field", equalTo("against"));
        given().auth().oauth2(role("staff")).queryParam("status", "SIGNED").queryParam("gmina", "abc").queryParam("sort", "size")
                .when().get("/api/v1/partnerships").then().statusCode(400).body("errors.field", hasItems("status", "gmina", "sort"));
    }

    @Test
    void theListFiltersSortsAndPages() {
        Institution gops = data.institution().type(InstitutionType.OPS).gmina("1408052").city("Wieliszew").create();
        String legionowo = Partners.create(ops, "PACT").getString("id");
        String agreement = Partners.create(ops, "COOPERATION_AGREEMENT").getString("id");
        String wieliszew = given().auth().oauth2(coordinator(gops)).contentType("application/json")
                .body(Partners.body("PACT", "1408052")).when().post("/api/v1/partnerships").then().statusCode(201).extract().path("id");
        given().auth().oauth2(role("staff")).queryParam("gmina", "1408052").queryParam("size", "100").when().get("/api/v1/partnerships")
                .then().statusCode(200).body("items.id", hasItems(wieliszew))
                .body("items.gmina.teryt.unique()", equalTo(List.of("1408052")));
        List<String> kinds = given().auth().oauth2(role("staff")).queryParam("kind", "COOPERATION_AGREEMENT").queryParam("size", "100")
                .when().get("/api/v1/partnerships").then().statusCode(200).body("items.id", hasItems(agreement))
                .extract().jsonPath().getList("items.kind");
        assertEquals(List.of("COOPERATION_AGREEMENT"), kinds.stream().distinct().toList());
        List<String> newest = given().auth().oauth2(role("staff")).queryParam("gmina", "1408").queryParam("size", "3")
                .when().get("/api/v1/partnerships").then().statusCode(200).body("size", equalTo(3)).extract().jsonPath().getList("items.id");
        assertEquals(List.of(wieliszew, agreement, legionowo), newest);
        given().auth().oauth2(role("staff")).queryParam("gmina", "1408").queryParam("sort", "createdAt").queryParam("status", "DRAFT")
                .when().get("/api/v1/partnerships").then().statusCode(200).body("items[0].status", equalTo("DRAFT"));
    }
}
