package pl.synergia.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.synergia.partnership.Partners.admin;
import static pl.synergia.partnership.Partners.coordinator;
import static pl.synergia.partnership.Partners.role;
import static pl.synergia.partnership.Partners.staff;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Who may do what: every role reads (public records: 403, never 404, on refused writes);
 * coordinators of joined signatories manage; the initiator's coordinator or an administrator moves
 * the status; each institution joins and withdraws for itself; anonymous callers see only the
 * public endpoint, and only ACTIVE partnerships there.
 */
@QuarkusTest
class PartnershipAccessTest {

    @Inject
    TestData data;

    private Institution ops;
    private Institution ngo;
    private Institution pup;
    private Institution outsider;
    private Institution foreign;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        ngo = data.institution().type(InstitutionType.NGO).name(TestData.unique("Fundacja")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        outsider = data.institution().type(InstitutionType.NGO).name(TestData.unique("Stowarzyszenie obok")).create();
        foreign = data.institution().type(InstitutionType.OPS).name(TestData.unique("GOPS Wieliszew")).gmina("1408052")
                .city("Wieliszew").create();
    }

    @Test
    void everyAuthenticatedRoleReadsAndAnonymousCallersDoNot() {
        String id = Partners.create(ops, "PACT").getString("id");
        List<String> tokens = List.of(staff(ops), coordinator(outsider), coordinator(foreign), role("regional-analyst"),
                role("integration"), role("dpo"), admin(), staff(foreign));
        for (String token : tokens) {
            for (String path : List.of("", "/versions", "/versions/1", "/signatories", "/stakeholders", "/zsl", "/variants", "/history")) {
                given().auth().oauth2(token).when().get("/api/v1/partnerships/" + id + path).then().statusCode(200);
            }
            given().auth().oauth2(token).queryParam("gmina", "1408011").when().get("/api/v1/partnerships").then().statusCode(200)
                    .body("items.id", hasItem(id));
        }
        for (String path : List.of("", "/" + id, "/" + id + "/versions", "/" + id + "/signatories", "/" + id + "/history",
                "/" + id + "/zsl", "/" + id + "/document.pdf")) {
            given().when().get("/api/v1/partnerships" + path).then().statusCode(401).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.user("nobody").roles().sign()).when().get("/api/v1/partnerships/" + id).then().statusCode(403);
    }

    @Test
    void creatingIsForCoordinatorsInTheirOwnGminaAndForAdministrators() {
        given().auth().oauth2(staff(ops)).contentType("application/json").body(Partners.body("PACT", "1408011"))
                .when().post("/api/v1/partnerships").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(role("regional-analyst")).contentType("application/json").body(Partners.body("PACT", "1408011"))
                .when().post("/api/v1/partnerships").then().statusCode(403);
        given().auth().oauth2(role("integration")).contentType("application/json").body(Partners.body("PACT", "1408011"))
                .when().post("/api/v1/partnerships").then().statusCode(403);
        // another gmina than the institution's: a rule of the content, 422
        given().auth().oauth2(coordinator(foreign)).contentType("application/json").body(Partners.body("PACT", "1408011"))
                .when().post("/api/v1/partnerships").then().statusCode(422)
                .body("errors[0].field", equalTo("gminaTeryt")).body("errors[0].code", equalTo("not-initiator-gmina"));
        // on behalf of another institution: not the caller's to decide, 403
        Map<String, Object> forOther = Partners.body("PACT", "1408011");
        forOther.put("initiatingInstitutionId", ngo.id.toString());
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(forOther)
                .when().post("/api/v1/partnerships").then().statusCode(403);
        given().auth().oauth2(admin()).contentType("application/json").body(Partners.body("PACT", "1408011"))
                .when().post("/api/v1/partnerships").then().statusCode(422).body("errors[0].field", equalTo("initiatingInstitutionId"));
        JsonPath byAdmin = given().auth().oauth2(admin()).contentType("application/json").body(forOther)
                .when().post("/api/v1/partnerships").then().statusCode(201).extract().jsonPath();
        assertEquals(ngo.id.toString(), byAdmin.getString("initiator.id"));
        assertEquals(false, byAdmin.getBoolean("permissions.manage"), "the administrator does not edit the content");
        assertEquals(true, byAdmin.getBoolean("permissions.transition"));
        given().auth().oauth2(coordinator(foreign)).contentType("application/json").body(Partners.body("PACT", "1408052"))
                .when().post("/api/v1/partnerships").then().statusCode(201);
    }

    @Test
    void onlyCoordinatorsOfJoinedSignatoriesChangeIt() {
        String id = Partners.create(ops, "PACT").getString("id");
        JsonPath invited = Partners.invite(ops, id, ngo);
        Map<String, Object> edit = Map.of("title", "Pakt dla Legionowa", "goals", "Wspólne cele");
        Map<String, Object> stakeholder = Map.of("name", "Parafia św. Jana", "sector", "CIVIL_SOCIETY", "code", "SUPPORTER");

        // staff without coordinator, a coordinator of a non-signatory (also one only invited), of a foreign gmina, admin
        for (String token : List.of(staff(ops), coordinator(outsider), coordinator(ngo), coordinator(foreign), admin(),
                role("regional-analyst"))) {
            given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"" + Partners.version(id) + "\"")
                    .body(edit).when().put("/api/v1/partnerships/" + id).then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).contentType("application/json").body(stakeholder)
                    .when().post("/api/v1/partnerships/" + id + "/stakeholders").then().statusCode(403);
            given().auth().oauth2(token).contentType("application/json").body(Map.of("institutionId", pup.id.toString()))
                    .when().post("/api/v1/partnerships/" + id + "/signatories").then().statusCode(403);
        }
        JsonPath before = Partners.get(id);
        assertEquals("Pakt na rzecz Modelu Lokalnej Współpracy w Gminie Legionowo", before.getString("title"));
        assertFalse(before.getBoolean("permissions.edit"));

        // once the NGO has joined, its coordinator edits too
        Partners.accept(coordinator(ngo), id, invited.getString("id"), invited.getLong("version"),
                Map.of("representative", Map.of("name", "Piotr Zieliński", "function", "Prezes Zarządu"))).then().statusCode(200);
        given().auth().oauth2(coordinator(ngo)).contentType("application/json").header("If-Match", "\"" + Partners.version(id) + "\"")
                .body(edit).when().put("/api/v1/partnerships/" + id).then().statusCode(200).body("title", equalTo("Pakt dla Legionowa"))
                .body("permissions.edit", equalTo(true));
        // ... but the status is the initiator's (or an administrator's) to move
        Partners.transition(coordinator(ngo), id, "CONSULTATION", null).then().statusCode(403);
        Partners.transition(staff(ops), id, "CONSULTATION", null).then().statusCode(403);
        Partners.transition(admin(), id, "CONSULTATION", null).then().statusCode(200);
        Partners.transition(coordinator(ops), id, "DRAFT", null).then().statusCode(200);
    }

    @Test
    void eachInstitutionJoinsAndWithdrawsForItself() {
        String id = Partners.create(ops, "PACT").getString("id");
        JsonPath invited = Partners.invite(ops, id, ngo);
        String sid = invited.getString("id");
        Map<String, Object> accept = Map.of("representative", Map.of("name", "Piotr Zieliński"));
        for (String token : List.of(coordinator(ops), admin(), staff(ngo), coordinator(outsider))) {
            Partners.accept(token, id, sid, invited.getLong("version"), accept).then().statusCode(403);
        }
        assertEquals("INVITED", Partners.signatory(id, sid).getString("status"));
        assertEquals(List.of(), Partners.signatory(id, sid).getList("actions"), "staff may do nothing with it");
        assertEquals(List.of("CANCEL"), Partners.signatory(coordinator(ops), id, sid).getList("actions"));
        assertEquals(List.of("ACCEPT", "DECLINE"), Partners.signatory(coordinator(ngo), id, sid).getList("actions"));
        Partners.accept(coordinator(ngo), id, sid, invited.getLong("version"), Map.of()).then().statusCode(422)
                .body("errors[0].field", equalTo("representative"));
        Partners.accept(coordinator(ngo), id, sid, invited.getLong("version"), accept).then().statusCode(200);
        Partners.accept(coordinator(ngo), id, sid, invited.getLong("version") + 1, accept).then().statusCode(409);

        Partners.withdraw(coordinator(ops), id, sid, "Nie ich decyzja").then().statusCode(403);
        Partners.withdraw(admin(), id, sid, "Nie ich decyzja").then().statusCode(403);

        // a private person: an administrator (or the initiator's coordinator) records it
        JsonPath soltys = Partners.invitePerson(ops, id, "Stanisław Wąsik", "Sołtys sołectwa Jabłonna");
        Partners.accept(coordinator(ngo), id, soltys.getString("id"), soltys.getLong("version"), Map.of()).then().statusCode(403);
        Partners.accept(admin(), id, soltys.getString("id"), soltys.getLong("version"), Map.of()).then().statusCode(200);
        Partners.withdraw(coordinator(ngo), id, soltys.getString("id"), "x").then().statusCode(403);
        Partners.withdraw(coordinator(ops), id, soltys.getString("id"), "Pisemne oświadczenie o wystąpieniu z dnia 3 marca")
                .then().statusCode(200).body("signatory.status", equalTo("WITHDRAWN"));
        Partners.withdraw(coordinator(ngo), id, sid, "Zmiana zarządu").then().statusCode(200);
    }

    @Test
    void invitationsAreDeclinedByTheInviteeAndCancelledByThePartners() {
        String id = Partners.create(ops, "PACT").getString("id");
        JsonPath a = Partners.invite(ops, id, ngo);
        JsonPath b = Partners.invite(ops, id, pup);
        String base = "/api/v1/partnerships/" + id + "/signatories/";
        given().auth().oauth2(coordinator(ops)).header("If-Match", "\"0\"").when().post(base + a.getString("id") + "/declination")
                .then().statusCode(403);
        given().auth().oauth2(coordinator(ngo)).header("If-Match", "\"0\"").when().post(base + a.getString("id") + "/declination")
                .then().statusCode(200).body("status", equalTo("DECLINED"));
        given().auth().oauth2(coordinator(pup)).header("If-Match", "\"0\"").when().post(base + b.getString("id") + "/cancellation")
                .then().statusCode(403);
        given().auth().oauth2(coordinator(ops)).header("If-Match", "\"0\"").when().post(base + b.getString("id") + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(coordinator(ops)).header("If-Match", "\"1\"").when().post(base + b.getString("id") + "/cancellation")
                .then().statusCode(409);
        // invited again after declining
        Partners.invite(ops, id, ngo);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(Map.of("institutionId", ngo.id.toString()))
                .when().post("/api/v1/partnerships/" + id + "/signatories").then().statusCode(422)
                .body("errors[0].code", equalTo("duplicate"));
    }

    @Test
    void thePublicListFiltersByAreaAndKindAndKeepsPaging() {
        String gmina = "0201011";
        Institution bops = data.institution().type(InstitutionType.OPS).gmina(gmina).name(TestData.unique("MOPS Bolesławiec")).create();
        Institution bngo = data.institution().type(InstitutionType.NGO).gmina(gmina).name(TestData.unique("Fundacja")).create();
        Institution bpup = data.institution().type(InstitutionType.PUP).gmina(gmina).name(TestData.unique("PUP")).create();
        String first = Partners.activePact(gmina, bops, bngo, bpup);
        String second = Partners.activePact(gmina, bops, bngo, bpup);
        String elsewhere = Partners.activePact(ops, ngo, pup);

        JsonPath pacts = given().queryParam("gmina", gmina).queryParam("kind", "PACT").queryParam("size", "100")
                .when().get("/api/v1/public/partnerships").then().statusCode(200).extract().jsonPath();
        List<String> ids = pacts.getList("items.id");
        assertTrue(ids.containsAll(List.of(first, second)), ids.toString());
        assertFalse(ids.contains(elsewhere));
        assertTrue(pacts.<String>getList("items.kind").stream().allMatch("PACT"::equals));
        assertTrue(pacts.<String>getList("items.gmina.teryt").stream().allMatch(gmina::equals));

        // a voivodeship prefix (02 dolnośląskie) holds the gmina; Legionowo's pact stays out
        List<String> voivodeship = given().queryParam("gmina", "02").queryParam("size", "100").when().get("/api/v1/public/partnerships")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(voivodeship.containsAll(List.of(first, second)));
        assertFalse(voivodeship.contains(elsewhere));

        List<String> agreements = given().queryParam("gmina", gmina).queryParam("kind", "COOPERATION_AGREEMENT")
                .when().get("/api/v1/public/partnerships").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertFalse(agreements.contains(first) || agreements.contains(second));

        // paging is kept with the filters: one per page, two different pages, the same total
        JsonPath page0 = given().queryParam("gmina", gmina).queryParam("kind", "PACT").queryParam("size", "1").queryParam("page", "0")
                .when().get("/api/v1/public/partnerships").then().statusCode(200).extract().jsonPath();
        JsonPath page1 = given().queryParam("gmina", gmina).queryParam("kind", "PACT").queryParam("size", "1").queryParam("page", "1")
                .when().get("/api/v1/public/partnerships").then().statusCode(200).extract().jsonPath();
        assertEquals(1, page0.getList("items").size());
        assertEquals(1, page1.getList("items").size());
        assertEquals(ids.size(), page0.getInt("totalItems"));
        assertEquals(ids.size(), page0.getInt("totalPages"));
        assertEquals(1, page1.getInt("page"));
        assertFalse(page0.getString("items[0].id").equals(page1.getString("items[0].id")));

        given().queryParam("kind", "TREATY").when().get("/api/v1/public/partnerships").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("gmina", gmina).queryParam("size", "0").when().get("/api/v1/public/partnerships").then().statusCode(400);
    }

    @Test
    void thePublicSeesActivePartnershipsOnlyWithoutInternals() {
        String draft = Partners.create(ops, "PACT").getString("id");
        String active = Partners.activePact(ops, ngo, pup);
        JsonPath soltys = Partners.invitePerson(ops, active, "Halina Żółkowska", "Sołtys sołectwa Michałów");
        Partners.accept(admin(), active, soltys.getString("id"), soltys.getLong("version"), Map.of()).then().statusCode(200);

        JsonPath page = given().queryParam("gmina", "1408011").queryParam("size", "100").when().get("/api/v1/public/partnerships")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("items.id");
        assertTrue(ids.contains(active));
        assertFalse(ids.contains(draft));
        assertTrue(page.<String>getList("items.gmina.teryt").stream().allMatch("1408011"::equals));
        assertTrue(page.<String>getList("items.signedText").stream().allMatch(t -> t == null), "lists carry no text");

        JsonPath detail = given().when().get("/api/v1/public/partnerships/" + active).then().statusCode(200).extract().jsonPath();
        List<String> names = detail.getList("signatories.name");
        assertTrue(names.containsAll(List.of(ops.name, ngo.name, pup.name, "Halina Żółkowska")), names.toString());
        assertEquals("Sołtys sołectwa Michałów", detail.getString("signatories.find { it.name == 'Halina Żółkowska' }.function"));
        assertEquals(1, detail.getInt("signedText.number"));
        assertNull(detail.get("history"));
        assertNull(detail.get("zsl"));
        assertNull(detail.get("signatories[0].representative"), "representatives' names stay internal");
        String json = detail.prettify();
        assertFalse(json.contains("Przedstawiciel"), "no representative names on the public page");
        // issue #13: the detail named the employee who wrote the text version
        assertNull(detail.get("signedText.author"));
        assertNull(detail.get("signedText.authorInstitution"));
        assertFalse(json.contains("Test coord-"), "no employee's name on the public page");
        assertNotNull(detail.get("signedText.signedAt"));

        given().when().get("/api/v1/public/partnerships/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("gmina", "14x").when().get("/api/v1/public/partnerships").then().statusCode(400);
        // the public endpoint opens nothing else: the unannotated-endpoint rule still denies
        given().auth().oauth2(admin()).when().get("/api/v1/test-unannotated").then().statusCode(403);
    }

    @Test
    void permissionsInTheAnswerFollowTheCaller() {
        String id = Partners.create(ops, "PACT").getString("id");
        JsonPath own = given().auth().oauth2(coordinator(ops)).when().get("/api/v1/partnerships/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(Map.of("edit", true, "addVersion", true, "manage", true, "transition", true), own.getMap("permissions"));
        JsonPath other = given().auth().oauth2(coordinator(outsider)).when().get("/api/v1/partnerships/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(Map.of("edit", false, "addVersion", false, "manage", false, "transition", false), other.getMap("permissions"));
        given().auth().oauth2(coordinator(outsider)).when().get("/api/v1/partnerships/" + id + "/zsl").then().statusCode(200)
                .body("canManage", equalTo(false)).header("ETag", not(equalTo(null)));
    }
}
