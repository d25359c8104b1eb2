package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import pl.synergia.testsupport.Tokens;

/** Referrals: minimum data until accepted, the receiver sees the plan once it accepts, the lifecycle rules. */
@QuarkusTest
class ReferralTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private Institution ops;
    private Institution cis;
    private Institution foreign;
    private String lastName;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
        foreign = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS obce")).create();
    }

    private static String staff(Institution i) {
        return Tokens.user("staff-" + i.id).roles("staff").institution(i.id).sign();
    }

    private String planWithBasisFor(Institution receiver) {
        lastName = TestData.unique("Żółkiewska");
        String client = given().auth().oauth2(staff(ops)).contentType("application/json")
                .body(Map.of("firstName", "Halina", "lastName", lastName, "pesel", PlanTest.pesel(), "gminaTeryt", "1408011"))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        if (receiver != null) {
            given().auth().oauth2(staff(ops)).contentType("application/json")
                    .body(Map.of("institutionId", receiver.id.toString(), "purpose", "Skierowanie do CIS",
                            "legalBasis", "SOCIAL_PROTECTION_ART_9_2_B", "includesSensitive", false,
                            "givenOn", LocalDate.now().toString()))
                    .when().post("/api/v1/clients/" + client + "/sharing").then().statusCode(201);
        }
        return given().auth().oauth2(staff(ops)).contentType("application/json")
                .body(Map.of("clientId", client, "title", "Plan", "periodFrom", LocalDate.now().toString()))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    private JsonPath refer(String plan, Institution to, int status) {
        return refer(plan, to, status, LocalDate.now().plusDays(14));
    }

    private JsonPath refer(String plan, Institution to, int status, LocalDate responseDue) {
        Map<String, Object> body = new HashMap<>();
        body.put("toInstitutionId", to.id.toString());
        body.put("serviceCode", "CIS_IPZS_2022");
        body.put("message", "Prosimy o przyjęcie do programu zatrudnienia socjalnego.");
        body.put("responseDue", responseDue.toString());
        return given().auth().oauth2(staff(ops)).contentType("application/json").body(body)
                .when().post("/api/v1/plans/" + plan + "/referrals").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void theReceiverSeesTheMinimumUntilItAcceptsThenThePlan() {
        String plan = planWithBasisFor(cis);
        String referral = refer(plan, cis, 201).getString("id");

        JsonPath inbox = given().auth().oauth2(staff(cis)).queryParam("box", "in").when().get("/api/v1/referrals")
                .then().statusCode(200).header("Cache-Control", "no-store").extract().jsonPath();
        Map<String, Object> received = inbox.getMap("items.find { it.id == '" + referral + "' }");
        assertEquals("SENT", received.get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) received.get("person");
        assertEquals(lastName.substring(0, 1) + ".", person.get("lastName"), "only the initial until accepted");
        assertEquals(false, person.get("full"));
        assertFalse(inbox.prettify().contains(lastName));
        assertEquals(List.of("ACCEPT", "REJECT"), received.get("actions"));
        given().auth().oauth2(staff(cis)).when().get("/api/v1/plans/" + plan).then().statusCode(404);

        given().auth().oauth2(staff(cis)).when().post("/api/v1/referrals/" + referral + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("person.lastName", equalTo(lastName))
                .body("actions", contains("COMPLETE"));
        given().auth().oauth2(staff(cis)).when().get("/api/v1/plans/" + plan).then().statusCode(200);
        given().auth().oauth2(staff(cis)).when().post("/api/v1/referrals/" + referral + "/acceptance").then().statusCode(409);
        given().auth().oauth2(staff(ops)).queryParam("box", "out").when().get("/api/v1/referrals")
                .then().statusCode(200).body("items.find { it.id == '" + referral + "' }.status", equalTo("ACCEPTED"));

        given().auth().oauth2(staff(cis)).when().post("/api/v1/referrals/" + referral + "/completion")
                .then().statusCode(200).body("status", equalTo("DONE"));
        given().auth().oauth2(staff(cis)).when().get("/api/v1/plans/" + plan).then().statusCode(404);
    }

    @Test
    void oneReferralIsReadByItsSenderAndReceiverOnlyTheReceiverSeeingTheMinimumUntilItAccepts() {
        String plan = planWithBasisFor(cis);
        String referral = refer(plan, cis, 201).getString("id");
        given().auth().oauth2(staff(cis)).when().get("/api/v1/referrals/" + referral).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("id", equalTo(referral)).body("status", equalTo("SENT"))
                .body("person.lastName", equalTo(lastName.substring(0, 1) + ".")).body("actions", contains("ACCEPT", "REJECT"));
        given().auth().oauth2(staff(ops)).when().get("/api/v1/referrals/" + referral).then().statusCode(200)
                .body("person.lastName", equalTo(lastName)).body("actions", contains("WITHDRAW"));
        given().auth().oauth2(staff(foreign)).when().get("/api/v1/referrals/" + referral).then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(1L, ((Number) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from audit_log where record_id = ?1 and outcome = 'DENIED' and action = 'READ'")
                .setParameter(1, java.util.UUID.fromString(referral)).getSingleResult())).longValue(), "the foreign attempt is audited");
    }

    @Test
    void onlyTheRightInstitutionsAnswerAndTheRulesHold() {
        String noBasis = planWithBasisFor(null);
        JsonPath refused = refer(noBasis, cis, 422);
        assertEquals(List.of("no-legal-basis"), refused.getList("errors.code"));

        String plan = planWithBasisFor(cis);
        String referral = refer(plan, cis, 201).getString("id");
        given().auth().oauth2(staff(foreign)).when().post("/api/v1/referrals/" + referral + "/acceptance").then().statusCode(404);
        given().auth().oauth2(staff(ops)).when().post("/api/v1/referrals/" + referral + "/acceptance").then().statusCode(404);
        given().auth().oauth2(staff(foreign)).when().get("/api/v1/plans/" + plan + "/referrals").then().statusCode(404);
        given().auth().oauth2(staff(foreign)).contentType("application/json")
                .body(Map.of("toInstitutionId", cis.id.toString(), "message", "x", "responseDue", LocalDate.now().toString()))
                .when().post("/api/v1/plans/" + plan + "/referrals").then().statusCode(404);
        given().auth().oauth2(staff(cis)).contentType("application/json").body(Map.of("reason", " "))
                .when().post("/api/v1/referrals/" + referral + "/rejection").then().statusCode(422);
        given().auth().oauth2(staff(cis)).contentType("application/json").body(Map.of("reason", "Brak wolnych miejsc do marca."))
                .when().post("/api/v1/referrals/" + referral + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("Brak wolnych miejsc do marca."));
        given().auth().oauth2(staff(ops)).when().post("/api/v1/referrals/" + referral + "/withdrawal").then().statusCode(409);

        String second = refer(plan, cis, 201).getString("id");
        given().auth().oauth2(staff(cis)).when().post("/api/v1/referrals/" + second + "/withdrawal").then().statusCode(404);
        given().auth().oauth2(staff(ops)).when().post("/api/v1/referrals/" + second + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(staff(ops)).queryParam("box", "sideways").when().get("/api/v1/referrals").then().statusCode(400);
        given().auth().oauth2(Tokens.user("analyst").roles("regional-analyst").sign()).when().get("/api/v1/referrals")
                .then().statusCode(403);
    }

    @Test
    void aReferralAwaitingAnswerIsDueForTheReceiverWithTheMinimumOnly() {
        String plan = planWithBasisFor(cis);
        String client = given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + plan).then().statusCode(200)
                .extract().path("client.id");
        String soon = refer(plan, cis, 201, LocalDate.now().plusDays(3)).getString("id");
        String late = refer(plan, cis, 201, LocalDate.now()).getString("id");
        String later = refer(plan, cis, 201, LocalDate.now().plusDays(8)).getString("id");
        // An answer-by date that has passed (requests may not set one in the past, so the test moves it).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update referral set response_due = current_date - 2 where id = cast(?1 as uuid)").setParameter(1, late)
                .executeUpdate());

        io.restassured.response.Response due = given().auth().oauth2(staff(cis)).when().get("/api/v1/plans/due");
        due.then().statusCode(200).header("Cache-Control", "no-store")
                .body("findAll { it.kind == 'REFERRAL_RESPONSE' }.referral.id", contains(late, soon))
                .body("find { it.referral.id == '" + soon + "' }.overdue", equalTo(false))
                .body("find { it.referral.id == '" + soon + "' }.dueOn", equalTo(LocalDate.now().plusDays(3).toString()))
                .body("find { it.referral.id == '" + late + "' }.overdue", equalTo(true))
                .body("find { it.referral.id == '" + soon + "' }.planId", equalTo(plan))
                .body("find { it.referral.id == '" + soon + "' }.institution.id", equalTo(cis.id.toString()))
                .body("find { it.referral.id == '" + soon + "' }.referral.from.id", equalTo(ops.id.toString()))
                .body("find { it.referral.id == '" + soon + "' }.referral.service.code", equalTo("CIS_IPZS_2022"))
                .body("find { it.referral.id == '" + soon + "' }.client", nullValue())
                .body("find { it.referral.id == '" + soon + "' }.referral.person.firstName", equalTo("Halina"))
                .body("find { it.referral.id == '" + soon + "' }.referral.person.lastName", equalTo(lastName.substring(0, 1) + "."))
                .body("find { it.referral.id == '" + soon + "' }.referral.person.full", equalTo(false));
        // No more than the inbox shows: neither the last name nor the client's id.
        assertFalse(due.asString().contains(lastName));
        assertFalse(due.asString().contains(client));
        assertFalse(due.asString().contains(later), "answer-by in 8 days is not due yet");
        // The sender has nothing to answer.
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/due").then().statusCode(200)
                .body("findAll { it.kind == 'REFERRAL_RESPONSE' && it.planId == '" + plan + "' }.size()", equalTo(0));

        // Answered referrals are no longer due.
        given().auth().oauth2(staff(cis)).when().post("/api/v1/referrals/" + soon + "/acceptance").then().statusCode(200);
        given().auth().oauth2(staff(cis)).contentType("application/json").body(Map.of("reason", "Brak miejsc."))
                .when().post("/api/v1/referrals/" + late + "/rejection").then().statusCode(200);
        given().auth().oauth2(staff(cis)).when().get("/api/v1/plans/due").then().statusCode(200)
                .body("findAll { it.kind == 'REFERRAL_RESPONSE' && it.planId == '" + plan + "' }.size()", equalTo(0));
    }
}
