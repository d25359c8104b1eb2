package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Clients and action plans: the access matrix (team, legal basis, roles, foreign institutions),
 * audit completeness, withdrawal of sharing, optimistic locking, idempotency and bad input.
 */
@QuarkusTest
class PlanTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private Institution ops;
    private Institution pup;
    private Institution ngo;
    private Institution foreign;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        ngo = data.institution().type(InstitutionType.NGO).name(TestData.unique("Fundacja")).create();
        foreign = data.institution().type(InstitutionType.OPS).name(TestData.unique("GOPS obcy")).create();
    }

    private static String staff(Institution i) {
        return Tokens.user("staff-" + i.id).roles("staff").institution(i.id).sign();
    }

    private static String coordinator(Institution i) {
        return Tokens.user("coord-" + i.id).roles("staff", "coordinator").institution(i.id).sign();
    }

    /** A valid PESEL of a person born on a random day of 1960-2004. */
    static String pesel() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 44));
        int month = birth.getMonthValue() + (birth.getYear() >= 2000 ? 20 : 0);
        String digits = String.format("%02d%02d%02d%04d", birth.getYear() % 100, month, birth.getDayOfMonth(),
                random.nextInt(10000));
        int[] weights = { 1, 3, 7, 9, 1, 3, 7, 9, 1, 3 };
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return digits + (10 - sum % 10) % 10;
    }

    private String registerClient(String token, String pesel) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Zofia");
        body.put("lastName", TestData.unique("Wójcik-Łęcka"));
        body.put("pesel", pesel);
        body.put("gminaTeryt", "1408011");
        body.put("sensitive", Map.of("disabilityLevel", "MODERATE", "homeless", false));
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("sensitiveVisible", equalTo(true))
                .body("sensitive.disabilityLevel", equalTo("MODERATE"))
                .extract().path("id");
    }

    private void share(String clientId, Institution with, String basis, boolean sensitive) {
        given().auth().oauth2(staff(ops)).contentType("application/json")
                .body(Map.of("institutionId", with.id.toString(), "purpose", "Wspólny plan działania",
                        "legalBasis", basis, "includesSensitive", sensitive, "givenOn", LocalDate.now().toString()))
                .when().post("/api/v1/clients/" + clientId + "/sharing")
                .then().statusCode(201).body("active", equalTo(true));
    }

    private JsonPath createPlan(String clientId, List<Institution> team, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", clientId);
        body.put("title", "Powrót na rynek pracy");
        body.put("periodFrom", LocalDate.now().minusDays(40).toString());
        body.put("periodTo", LocalDate.now().plusDays(300).toString());
        body.put("goals", List.of("Podjęcie zatrudnienia", "Ukończenie szkolenia"));
        body.put("team", team.stream().map(i -> i.id.toString()).toList());
        var request = given().auth().oauth2(staff(ops)).contentType("application/json").body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/plans").then().statusCode(201).header("ETag", equalTo("\"0\""))
                .extract().jsonPath();
    }

    private long auditRows(String clientId, String outcome) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where client_id = cast(?1 as uuid) and outcome = ?2")
                .setParameter(1, clientId).setParameter(2, outcome).getSingleResult()).longValue());
    }

    private long auditRowsForRecord(String recordId, String outcome) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where record_id = cast(?1 as uuid) and outcome = ?2")
                .setParameter(1, recordId).setParameter(2, outcome).getSingleResult()).longValue());
    }

    private Map<String, Object> step(Institution owner, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("ownerInstitutionId", owner.id.toString());
        body.put("serviceCode", PlanApi.serviceFor(owner));
        body.put("title", title);
        body.put("plannedStart", LocalDate.now().toString());
        body.put("plannedEnd", LocalDate.now().plusDays(60).toString());
        return body;
    }

    @Test
    void theTeamSeesThePlanAndEachPartnerEditsOnlyItsSteps() {
        String client = registerClient(staff(ops), pesel());
        // Before a legal basis and a team, the PUP does not see the person at all.
        given().auth().oauth2(staff(pup)).when().get("/api/v1/clients/" + client).then().statusCode(404)
                .contentType("application/problem+json");
        share(client, pup, "PUBLIC_TASK_ART_6_1_E", false);
        share(client, ngo, "EXPLICIT_CONSENT_ART_9_2_A", true);
        String plan = createPlan(client, List.of(pup, ngo), null).getString("id");

        given().auth().oauth2(staff(pup)).when().get("/api/v1/plans/" + plan)
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("team.institution.id", containsInAnyOrder(ops.id.toString(), pup.id.toString(), ngo.id.toString()))
                .body("team[0].institution.id", equalTo(ops.id.toString()))
                .body("canEdit", equalTo(false));
        given().auth().oauth2(staff(pup)).when().get("/api/v1/clients/" + client)
                .then().statusCode(200)
                .body("sensitiveVisible", equalTo(false))
                .body("sensitive", nullValue());
        given().auth().oauth2(staff(ngo)).when().get("/api/v1/clients/" + client)
                .then().statusCode(200)
                .body("sensitiveVisible", equalTo(true))
                .body("sensitive.disabilityLevel", equalTo("MODERATE"));

        // A foreign institution gets 404 and the attempt is audited.
        long deniedBefore = auditRowsForRecord(plan, "DENIED");
        given().auth().oauth2(staff(foreign)).when().get("/api/v1/plans/" + plan).then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(deniedBefore + 1, auditRowsForRecord(plan, "DENIED"));

        // Roles that never see personal data.
        for (String role : List.of("regional-analyst", "integration", "admin")) {
            String token = Tokens.user(role).roles(role).institution(ops.id).sign();
            given().auth().oauth2(token).when().get("/api/v1/plans/" + plan).then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).when().get("/api/v1/clients/" + client).then().statusCode(403);
        }

        // The PUP adds its own step; the lead adds one for the NGO.
        JsonPath withPupStep = given().auth().oauth2(staff(pup)).contentType("application/json")
                .body(step(pup, "Pośrednictwo pracy")).when().post("/api/v1/plans/" + plan + "/steps")
                .then().statusCode(201).extract().jsonPath();
        String pupStep = withPupStep.getString("steps.find { it.title == 'Pośrednictwo pracy' }.id");
        given().auth().oauth2(staff(pup)).contentType("application/json").body(step(ngo, "Nie moje"))
                .when().post("/api/v1/plans/" + plan + "/steps").then().statusCode(403);
        JsonPath withNgoStep = given().auth().oauth2(staff(ops)).contentType("application/json")
                .body(step(ngo, "Trening umiejętności")).when().post("/api/v1/plans/" + plan + "/steps")
                .then().statusCode(201).extract().jsonPath();
        String ngoStep = withNgoStep.getString("steps.find { it.title == 'Trening umiejętności' }.id");

        // The NGO may not edit the PUP's step; it edits its own.
        Map<String, Object> change = step(pup, "Pośrednictwo pracy");
        change.put("status", "IN_PROGRESS");
        given().auth().oauth2(staff(ngo)).contentType("application/json").header("If-Match", "\"0\"").body(change)
                .when().put("/api/v1/plans/" + plan + "/steps/" + pupStep).then().statusCode(403);
        Map<String, Object> own = step(ngo, "Trening umiejętności");
        own.put("status", "IN_PROGRESS");
        given().auth().oauth2(staff(ngo)).contentType("application/json").header("If-Match", "\"0\"").body(own)
                .when().put("/api/v1/plans/" + plan + "/steps/" + ngoStep)
                .then().statusCode(200)
                .body("steps.find { it.id == '" + ngoStep + "' }.status", equalTo("IN_PROGRESS"))
                .body("steps.find { it.id == '" + ngoStep + "' }.editable", equalTo(true))
                .body("steps.find { it.id == '" + pupStep + "' }.editable", equalTo(false));

        // The team is managed by the lead's coordinator only.
        String version = given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + plan).then().extract().header("ETag");
        Map<String, Object> team = Map.of("institutionIds", List.of(ops.id.toString(), pup.id.toString(), ngo.id.toString(),
                foreign.id.toString()));
        given().auth().oauth2(staff(ops)).contentType("application/json").header("If-Match", version).body(team)
                .when().put("/api/v1/plans/" + plan + "/team").then().statusCode(403);
        given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", version).body(team)
                .when().put("/api/v1/plans/" + plan + "/team").then().statusCode(422)
                .body("errors.code", contains("no-legal-basis"));
        given().auth().oauth2(coordinator(pup)).contentType("application/json").header("If-Match", version).body(team)
                .when().put("/api/v1/plans/" + plan + "/team").then().statusCode(403);
    }

    @Test
    void everyReadWritesExactlyOneAuditRowAndTheLogIsAppendOnly() {
        String client = registerClient(staff(ops), pesel());
        assertEquals(1, auditRows(client, "ALLOWED"), "registration is audited");
        given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + client).then().statusCode(200);
        assertEquals(2, auditRows(client, "ALLOWED"));
        String plan = createPlan(client, List.of(), null).getString("id");
        assertEquals(3, auditRows(client, "ALLOWED"));
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + plan).then().statusCode(200);
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + plan).then().statusCode(200);
        assertEquals(5, auditRows(client, "ALLOWED"));
        given().auth().oauth2(staff(ops)).queryParam("size", 100).when().get("/api/v1/clients").then().statusCode(200)
                .body("items.id", hasItem(client));
        assertEquals(6, auditRows(client, "ALLOWED"), "a list shows the person: one row");

        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update audit_log set purpose = 'x' where client_id = cast(?1 as uuid)")
                .setParameter(1, client).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from audit_log where client_id = cast(?1 as uuid)")
                .setParameter(1, client).executeUpdate()));
        assertEquals(6, auditRows(client, "ALLOWED"));

        // The data-protection officer of the serving institution reads who accessed the person.
        String dpo = Tokens.user("dpo-" + ops.id).roles("dpo").institution(ops.id).sign();
        given().auth().oauth2(dpo).when().get("/api/v1/clients/" + client + "/access-log")
                .then().statusCode(200)
                .body("size()", equalTo(6))
                .body("action", hasItem("READ"))
                .body("institution.id", hasItem(ops.id.toString()));
        String foreignDpo = Tokens.user("dpo-" + foreign.id).roles("dpo").institution(foreign.id).sign();
        given().auth().oauth2(foreignDpo).when().get("/api/v1/clients/" + client + "/access-log").then().statusCode(404);
        given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + client + "/access-log").then().statusCode(403);
    }

    @Test
    void withdrawingSharingStopsItAtOnce() {
        String client = registerClient(staff(ops), pesel());
        share(client, pup, "PUBLIC_TASK_ART_6_1_E", false);
        String plan = createPlan(client, List.of(pup), null).getString("id");
        given().auth().oauth2(staff(pup)).when().get("/api/v1/plans/" + plan).then().statusCode(200);
        String sharing = given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + client + "/sharing")
                .then().statusCode(200).extract().path("find { it.institution.id == '" + pup.id + "' }.id");
        given().auth().oauth2(staff(pup)).when().post("/api/v1/clients/" + client + "/sharing/" + sharing + "/withdrawal")
                .then().statusCode(403);
        given().auth().oauth2(staff(ops)).when().post("/api/v1/clients/" + client + "/sharing/" + sharing + "/withdrawal")
                .then().statusCode(200).body("active", equalTo(false)).body("withdrawnBy", not(nullValue()));
        given().auth().oauth2(staff(pup)).when().get("/api/v1/plans/" + plan).then().statusCode(404);
        given().auth().oauth2(staff(pup)).when().get("/api/v1/clients/" + client).then().statusCode(404);
        assertTrue(auditRows(client, "DENIED") >= 2);
        given().auth().oauth2(staff(ops)).when().post("/api/v1/clients/" + client + "/sharing/" + sharing + "/withdrawal")
                .then().statusCode(409);
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + plan)
                .then().statusCode(200).body("team.find { it.institution.id == '" + pup.id + "' }.sharingActive", equalTo(false));
    }

    @Test
    void aSecondEditorOfAStepGets412AndTheFirstChangeStays() {
        String client = registerClient(staff(ops), pesel());
        String plan = createPlan(client, List.of(), null).getString("id");
        String stepId = given().auth().oauth2(staff(ops)).contentType("application/json").body(step(ops, "Praca socjalna"))
                .when().post("/api/v1/plans/" + plan + "/steps").then().statusCode(201)
                .extract().path("steps[0].id");
        Map<String, Object> first = step(ops, "Praca socjalna");
        first.put("notes", "Pierwsza wersja notatki");
        Map<String, Object> second = step(ops, "Praca socjalna");
        second.put("notes", "Druga wersja notatki");
        given().auth().oauth2(staff(ops)).contentType("application/json").header("If-Match", "\"0\"").body(first)
                .when().put("/api/v1/plans/" + plan + "/steps/" + stepId).then().statusCode(200);
        given().auth().oauth2(staff(ops)).contentType("application/json").header("If-Match", "\"0\"").body(second)
                .when().put("/api/v1/plans/" + plan + "/steps/" + stepId)
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("current version 1"));
        given().auth().oauth2(staff(ops)).contentType("application/json").body(second)
                .when().put("/api/v1/plans/" + plan + "/steps/" + stepId).then().statusCode(428);
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + plan)
                .then().body("steps[0].notes", equalTo("Pierwsza wersja notatki"));

        // The plan itself is locked the same way.
        Map<String, Object> update = Map.of("title", "Nowy tytuł", "periodFrom", LocalDate.now().toString(), "goals", List.of());
        given().auth().oauth2(staff(ops)).contentType("application/json").header("If-Match", "\"0\"").body(update)
                .when().put("/api/v1/plans/" + plan).then().statusCode(412);
    }

    @Test
    void creatingIsIdempotentUnderAKey() {
        String client = registerClient(staff(ops), pesel());
        String key = UUID.randomUUID().toString();
        String first = createPlan(client, List.of(), key).getString("id");
        Response again = given().auth().oauth2(staff(ops)).contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("clientId", client, "title", "Powrót na rynek pracy",
                        "periodFrom", LocalDate.now().minusDays(40).toString(),
                        "periodTo", LocalDate.now().plusDays(300).toString(),
                        "goals", List.of("Podjęcie zatrudnienia", "Ukończenie szkolenia"), "team", List.of()))
                .when().post("/api/v1/plans");
        assertEquals(201, again.statusCode());
        assertEquals(first, again.path("id"));
        assertEquals("true", again.header("Idempotent-Replayed"));
        given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + client)
                .then().body("plans.size()", equalTo(1));
        given().auth().oauth2(staff(ops)).contentType("application/json").header("Idempotency-Key", key)
                .body(Map.of("clientId", client, "title", "Inny plan", "periodFrom", LocalDate.now().toString()))
                .when().post("/api/v1/plans").then().statusCode(422)
                .body("errors[0].code", equalTo("reused"));
    }

    @Test
    void badInputIsRefusedWithoutEchoingPersonalDataAndNothingIsStored() {
        String badPesel = "44051401358";
        Response response = given().auth().oauth2(staff(ops)).contentType("application/json")
                .body(Map.of("firstName", "Jan", "lastName", "Nowakowski-Bad", "pesel", badPesel, "gminaTeryt", "1408011"))
                .when().post("/api/v1/clients");
        assertEquals(422, response.statusCode());
        assertEquals("application/problem+json", response.contentType());
        assertEquals(List.of("pesel"), response.jsonPath().getList("errors.field"));
        assertFalse(response.asString().contains(badPesel), "a PESEL never appears in an error");
        assertFalse(response.asString().contains("Nowakowski"), "nor a name");
        given().auth().oauth2(staff(ops)).contentType("application/json")
                .body(Map.of("firstName", "Jan", "lastName", "Bez PESEL", "gminaTeryt", "1408011"))
                .when().post("/api/v1/clients").then().statusCode(422).body("errors.field", contains("birthDate"));
        String pesel = pesel();
        registerClient(staff(ops), pesel);
        Response duplicate = given().auth().oauth2(staff(foreign)).contentType("application/json")
                .body(Map.of("firstName", "Zofia", "lastName", "Inna", "pesel", pesel, "gminaTeryt", "1408011"))
                .when().post("/api/v1/clients");
        assertEquals(409, duplicate.statusCode());
        assertFalse(duplicate.asString().contains(pesel));
        given().auth().oauth2(staff(ops)).contentType("application/json").body("{\"clientId\": ")
                .when().post("/api/v1/plans").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/not-a-uuid").then().statusCode(400);

        String client = registerClient(staff(ops), pesel());
        String plan = createPlan(client, List.of(), null).getString("id");
        Map<String, Object> tooLong = step(ops, "IPZS");
        tooLong.put("serviceCode", "CIS_IPZS_2022");
        tooLong.put("plannedEnd", LocalDate.now().plusDays(400).toString());
        given().auth().oauth2(staff(ops)).contentType("application/json").body(tooLong)
                .when().post("/api/v1/plans/" + plan + "/steps").then().statusCode(422)
                .body("errors.field", hasItem("plannedEnd")).body("errors.code", hasItem("too-long"));
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + plan).then().body("steps.size()", equalTo(0));
        given().auth().oauth2(staff(ops)).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("to", "COMPLETED")).when().post("/api/v1/plans/" + plan + "/transitions")
                .then().statusCode(409).body("type", equalTo("urn:synergia:problem:invalid-transition"));
    }

    @Test
    void thePupSeesItsMeetingClockRunning() {
        String client = registerClient(staff(ops), pesel());
        share(client, pup, "PUBLIC_TASK_ART_6_1_E", false);
        String plan = createPlan(client, List.of(pup), null).getString("id");
        given().auth().oauth2(staff(ops)).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("to", "ACTIVE")).when().post("/api/v1/plans/" + plan + "/transitions")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        // The plan started 40 days ago and the PUP has not met the person: overdue.
        given().auth().oauth2(staff(pup)).when().get("/api/v1/plans/due")
                .then().statusCode(200)
                .body("find { it.planId == '" + plan + "' && it.kind == 'PUP_MEETING' }.overdue", equalTo(true));
        given().auth().oauth2(staff(pup)).contentType("application/json")
                .body(Map.of("heldOn", LocalDate.now().toString(), "attendees", "doradca zawodowy, klientka"))
                .when().post("/api/v1/plans/" + plan + "/meetings").then().statusCode(201);
        given().auth().oauth2(staff(pup)).when().get("/api/v1/plans/due")
                .then().statusCode(200)
                .body("find { it.planId == '" + plan + "' && it.kind == 'PUP_MEETING' }.dueOn",
                        equalTo(LocalDate.now().plusDays(30).toString()))
                .body("find { it.planId == '" + plan + "' && it.kind == 'PUP_MEETING' }.overdue", equalTo(false));
        // The OPS has no PUP clock of its own.
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/due")
                .then().statusCode(200).body("findAll { it.planId == '" + plan + "' && it.kind == 'PUP_MEETING' }.size()",
                        equalTo(0));
    }
}
