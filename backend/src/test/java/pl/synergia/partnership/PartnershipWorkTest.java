package pl.synergia.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.synergia.partnership.Partners.coordinator;
import static pl.synergia.partnership.Partners.role;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;

/** The work around a partnership: stakeholder catalogue, ZSL members and meetings, organisational variants, history. */
@QuarkusTest
class PartnershipWorkTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private Institution ops;
    private Institution ngo;
    private Institution school;
    private String id;

    @BeforeEach
    void partnership() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        ngo = data.institution().type(InstitutionType.NGO).name(TestData.unique("Fundacja")).create();
        school = data.institution().type(InstitutionType.CUS).name(TestData.unique("Centrum Usług")).create();
        id = Partners.create(ops, "PACT").getString("id");
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where partnership_id = cast(?1 as uuid)").setParameter(1, id)
                .getSingleResult()).longValue());
    }

    private JsonPath addStakeholder(Map<String, Object> body, int status) {
        return given().auth().oauth2(coordinator(ops)).contentType("application/json").body(body)
                .when().post("/api/v1/partnerships/" + id + "/stakeholders").then().statusCode(status).extract().jsonPath();
    }

    private static Map<String, Object> stakeholder(String name, String sector, String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("sector", sector);
        body.put("code", code);
        return body;
    }

    @Test
    void theStakeholderCatalogueKeepsScenariosForNeutralOnes() {
        Map<String, Object> parafia = stakeholder("Parafia św. Józefa", "CIVIL_SOCIETY", "SUPPORTER");
        parafia.put("usefulness", "Sale na zajęcia grupowe, wolontariusze");
        parafia.put("resources", Map.of("technical", "Sala parafialna na 40 osób", "personnel", "Dwóch wolontariuszy",
                "financial", "Brak"));
        JsonPath added = addStakeholder(parafia, 201);
        assertEquals("Sala parafialna na 40 osób", added.getString("resources.technical"));
        assertNull(added.get("influenceScenario"));

        Map<String, Object> firma = stakeholder("Zakład Stolarski Łęcki", "BUSINESS", "NEUTRAL");
        firma.put("influenceScenario", Map.of("notes", "Spotkanie z właścicielem; pokazać ulgi przy zatrudnieniu uczestników KIS"));
        JsonPath neutral = addStakeholder(firma, 201);
        assertEquals("PENDING", neutral.getString("influenceScenario.outcome"));

        Map<String, Object> institution = new HashMap<>(Map.of("institutionId", school.id.toString(), "sector", "PUBLIC_ADMINISTRATION",
                "code", "NEUTRAL", "outsideGmina", true));
        addStakeholder(institution, 201);
        Map<String, Object> both = new HashMap<>(institution);
        both.put("name", "Też nazwa");

        // bad input: nothing stored
        long before = count("partnership_stakeholder");
        Map<String, Object> supporterWithScenario = stakeholder("Klub Sportowy Orzeł", "SPORT", "SUPPORTER");
        supporterWithScenario.put("influenceScenario", Map.of("notes", "Nie dotyczy"));
        JsonPath refused = addStakeholder(supporterWithScenario, 422);
        assertEquals("influenceScenario", refused.getString("errors[0].field"));
        assertEquals("only-for-neutral", refused.getString("errors[0].code"));
        addStakeholder(both, 422);
        addStakeholder(institution, 422);
        addStakeholder(stakeholder("Bez sektora", null, "SUPPORTER"), 422);
        given().auth().oauth2(coordinator(ops)).contentType("application/json")
                .body("{\"name\":\"X\",\"sector\":\"NOWHERE\",\"code\":\"SUPPORTER\"}")
                .when().post("/api/v1/partnerships/" + id + "/stakeholders").then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, count("partnership_stakeholder"));

        String base = "/api/v1/partnerships/" + id + "/stakeholders";
        given().auth().oauth2(role("staff")).queryParam("code", "NEUTRAL").when().get(base).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.name", equalTo(List.of(school.name, "Zakład Stolarski Łęcki")));
        given().auth().oauth2(role("staff")).queryParam("sector", "BUSINESS").when().get(base).then().statusCode(200)
                .body("items.name", equalTo(List.of("Zakład Stolarski Łęcki")));
        given().auth().oauth2(role("staff")).queryParam("sort", "-name").queryParam("size", "2").when().get(base).then().statusCode(200)
                .body("items.name", equalTo(List.of("Zakład Stolarski Łęcki", "Parafia św. Józefa")))
                .body("totalPages", equalTo(2));
        given().auth().oauth2(role("staff")).queryParam("code", "ALLY").queryParam("sort", "colour").when().get(base).then()
                .statusCode(400).body("errors.field", hasItems("code", "sort"));

        // the scenario worked: the stakeholder changed its position; recoding it drops the scenario
        String neutralUrl = base + "/" + neutral.getString("id");
        Map<String, Object> won = new HashMap<>(firma);
        won.put("influenceScenario", Map.of("notes", "Spotkanie 12 maja: zgoda na praktyki", "outcome", "WON_OVER"));
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"0\"").body(won)
                .when().put(neutralUrl).then().statusCode(200).body("influenceScenario.outcome", equalTo("WON_OVER"));
        Map<String, Object> recoded = new HashMap<>(won);
        recoded.put("code", "SUPPORTER");
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"1\"").body(recoded)
                .when().put(neutralUrl).then().statusCode(422);
        recoded.remove("influenceScenario");
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"0\"").body(recoded)
                .when().put(neutralUrl).then().statusCode(412);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(recoded)
                .when().put(neutralUrl).then().statusCode(428);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"1\"").body(recoded)
                .when().put(neutralUrl).then().statusCode(200).body("code", equalTo("SUPPORTER"));
        given().auth().oauth2(coordinator(ops)).header("If-Match", "\"2\"").when().delete(base + "/" + added.getString("id"))
                .then().statusCode(412);
        given().auth().oauth2(coordinator(ops)).header("If-Match", "\"0\"").when().delete(base + "/" + added.getString("id"))
                .then().statusCode(204);
        given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/history").then().statusCode(200)
                .body("items.action", hasItems("STAKEHOLDER_ADDED", "STAKEHOLDER_UPDATED", "STAKEHOLDER_REMOVED"));
    }

    @Test
    void theZslIsMadeOfPeopleDelegatedByJoinedSignatories() {
        JsonPath invited = Partners.invite(ops, id, ngo);
        String opsSignatory = Partners.signatoryIdOf(id, ops);
        String zsl = "/api/v1/partnerships/" + id + "/zsl";
        JsonPath team = given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("initiatorKind", "MAYOR", "initiatorName", "Burmistrz Legionowa", "establishedOn", "2026-02-01"))
                .when().put(zsl).then().statusCode(200).extract().jsonPath();
        assertEquals("Burmistrz Legionowa", team.getString("initiatorName"));

        Map<String, Object> byInvited = Map.of("personName", "Piotr Zieliński", "signatoryId", invited.getString("id"),
                "role", "MEMBER", "fromDate", "2026-02-01");
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(byInvited).when().post(zsl + "/members")
                .then().statusCode(422).body("errors[0].code", equalTo("not-joined"));
        String chair = given().auth().oauth2(coordinator(ops)).contentType("application/json")
                .body(Map.of("personName", "Ewa Nowak", "signatoryId", opsSignatory, "role", "CHAIR", "fromDate", "2026-02-01"))
                .when().post(zsl + "/members").then().statusCode(201).extract().jsonPath()
                .getString("members.find { it.personName == 'Ewa Nowak' }.id");
        given().auth().oauth2(coordinator(ops)).contentType("application/json")
                .body(Map.of("personName", "Jan Drugi", "signatoryId", opsSignatory, "role", "CHAIR", "fromDate", "2026-03-01"))
                .when().post(zsl + "/members").then().statusCode(422).body("errors[0].code", equalTo("duplicate"));
        given().auth().oauth2(coordinator(ops)).contentType("application/json")
                .body(Map.of("personName", "Jan Drugi", "signatoryId", opsSignatory, "role", "SECRETARY", "fromDate", "2026-03-01",
                        "toDate", "2026-02-01"))
                .when().post(zsl + "/members").then().statusCode(422).body("errors[0].code", equalTo("date-order"));

        Partners.accept(coordinator(ngo), id, invited.getString("id"), invited.getLong("version"),
                Map.of("representative", Map.of("name", "Piotr Zieliński"))).then().statusCode(200);
        String member = given().auth().oauth2(coordinator(ngo)).contentType("application/json").body(byInvited).when().post(zsl + "/members")
                .then().statusCode(201).extract().jsonPath().getString("members.find { it.personName == 'Piotr Zieliński' }.id");

        long meetings = count("zsl_meeting");
        Map<String, Object> meeting = new HashMap<>(Map.of("heldOn", "2026-01-20", "place", "Urząd Miasta, sala 12",
                "agenda", "1. Katalog interesariuszy\n2. Wybór wariantu", "attendance", List.of(chair, member),
                "minutes", "Zespół omówił katalog interesariuszy.", "decisions", List.of("Przyjęto katalog interesariuszy")));
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(meeting).when().post(zsl + "/meetings")
                .then().statusCode(422).body("errors.code", hasItems("not-a-member-then"));
        assertEquals(meetings, count("zsl_meeting"));
        meeting.put("heldOn", "2026-02-10");
        JsonPath held = given().auth().oauth2(coordinator(ops)).contentType("application/json").body(meeting).when().post(zsl + "/meetings")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(List.of("Ewa Nowak", "Piotr Zieliński"), held.getList("attendance.personName"));
        given().auth().oauth2(role("regional-analyst")).when().get(zsl + "/meetings/" + held.getString("id")).then().statusCode(200)
                .body("decisions", equalTo(List.of("Przyjęto katalog interesariuszy")))
                .body("attendance.delegatedBy", hasItems(ops.name, ngo.name));

        // withdrawing ends the signatory's delegates' membership
        Partners.withdraw(coordinator(ngo), id, invited.getString("id"), "Zmiana zarządu").then().statusCode(200);
        JsonPath after = given().auth().oauth2(role("staff")).when().get(zsl).then().statusCode(200).extract().jsonPath();
        assertEquals(LocalDate.now().toString(), after.getString("members.find { it.personName == 'Piotr Zieliński' }.toDate"));
        assertEquals(1, after.getList("meetings").size());
    }

    @Test
    void aVariantCarriesItsOwnDetailAndOnlyOneIsChosen() {
        Institution neighbourKis = data.institution().type(InstitutionType.KIS).name(TestData.unique("KIS Wieliszew"))
                .gmina("1408052").city("Wieliszew").create();
        Institution localKis = data.institution().type(InstitutionType.KIS).name(TestData.unique("KIS Legionowo")).create();
        String base = "/api/v1/partnerships/" + id + "/variants";
        long before = count("partnership_variant");
        Map<String, Object> join = new HashMap<>(Map.of("variantCode", "JOIN_NEIGHBOURING_GMINA_CIS_KIS", "status", "CONSIDERED"));
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(join).when().post(base)
                .then().statusCode(422).body("errors[0].field", equalTo("partnerInstitutionId")).body("errors[0].code", equalTo("required"));
        join.put("partnerInstitutionId", localKis.id.toString());
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(join).when().post(base)
                .then().statusCode(422).body("errors[0].code", equalTo("same-gmina"));
        join.put("partnerInstitutionId", ngo.id.toString());
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(join).when().post(base)
                .then().statusCode(422).body("errors[0].code", equalTo("invalid-for-type"));
        Map<String, Object> newKis = new HashMap<>(Map.of("variantCode", "KIS_NEW_BY_OPS_OR_NGO", "status", "CHOSEN"));
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(newKis).when().post(base)
                .then().statusCode(422).body("errors[0].field", equalTo("founder"));
        newKis.put("founder", "NGO");
        newKis.put("founderInstitutionId", ops.id.toString());
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(newKis).when().post(base)
                .then().statusCode(422).body("errors[0].code", equalTo("invalid-for-type"));
        given().auth().oauth2(coordinator(ops)).contentType("application/json")
                .body(Map.of("variantCode", "NO_SUCH_VARIANT", "status", "CONSIDERED")).when().post(base)
                .then().statusCode(422).body("errors[0].code", equalTo("invalid-reference"));
        assertEquals(before, count("partnership_variant"));

        join.put("partnerInstitutionId", neighbourKis.id.toString());
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(join).when().post(base)
                .then().statusCode(201).body("partnerInstitution.name", equalTo(neighbourKis.name))
                .body("variant.namePl", equalTo("Współpraca z podmiotem zatrudnienia socjalnego sąsiedniej gminy"));
        newKis.put("founderInstitutionId", ngo.id.toString());
        newKis.put("decidedOn", "2026-03-01");
        JsonPath chosen = given().auth().oauth2(coordinator(ops)).contentType("application/json").body(newKis).when().post(base)
                .then().statusCode(201).body("founder", equalTo("NGO")).extract().jsonPath();
        join.put("status", "CHOSEN");
        given().auth().oauth2(role("staff")).when().get(base).then().statusCode(200)
                .body("[0].variant.code", equalTo("KIS_NEW_BY_OPS_OR_NGO"));
        String considered = given().auth().oauth2(role("staff")).when().get(base).then().extract().jsonPath().getString("[1].id");
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"0\"").body(join)
                .when().put(base + "/" + considered).then().statusCode(422).body("errors[0].code", equalTo("another-chosen"));

        Map<String, Object> progress = new HashMap<>(newKis);
        progress.put("status", "IN_PROGRESS");
        progress.put("startedOn", "2026-02-01");
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"0\"").body(progress)
                .when().put(base + "/" + chosen.getString("id")).then().statusCode(422).body("errors[0].code", equalTo("date-order"));
        progress.put("startedOn", "2026-04-01");
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"0\"").body(progress)
                .when().put(base + "/" + chosen.getString("id")).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("allowedStatuses", equalTo(List.of("DONE", "ABANDONED")));
        progress.put("status", "CONSIDERED");
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"1\"").body(progress)
                .when().put(base + "/" + chosen.getString("id")).then().statusCode(422).body("errors[0].code", equalTo("invalid-transition"));
    }

    @Test
    void historyIsPagedAndSaysWhoActedForWhichInstitution() {
        Partners.invite(ops, id, ngo);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", "\"" + Partners.version(id) + "\"")
                .body(Map.of("title", "Pakt dla Legionowa", "goals", "Cel")).when().put("/api/v1/partnerships/" + id).then().statusCode(200);
        JsonPath first = given().auth().oauth2(role("integration")).queryParam("size", "2").when()
                .get("/api/v1/partnerships/" + id + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(3, first.getInt("totalItems"));
        assertEquals(2, first.getInt("totalPages"));
        assertEquals(List.of("UPDATED", "SIGNATORY_INVITED"), first.getList("items.action"));
        assertEquals("Test coord-" + ops.id, first.getString("items[0].actor"));
        assertEquals(ops.name, first.getString("items[0].actorInstitution.name"));
        assertTrue(first.getString("items[0].summary").contains("Pakt dla Legionowa"));
        given().auth().oauth2(role("staff")).queryParam("size", "2").queryParam("page", "1").when()
                .get("/api/v1/partnerships/" + id + "/history").then().statusCode(200).body("items.action", equalTo(List.of("CREATED")));
        given().auth().oauth2(role("staff")).queryParam("size", "0").when().get("/api/v1/partnerships/" + id + "/history")
                .then().statusCode(400);
    }
}
