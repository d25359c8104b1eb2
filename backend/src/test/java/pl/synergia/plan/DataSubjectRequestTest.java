package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestClock;
import pl.synergia.testsupport.TestData;

/**
 * The data-protection officer: finding a person by PESEL or name and birth date through a POST
 * (audited), and the register of erasure requests: deadlines, the refusal with a reason when a
 * statutory duty keeps the data, the erasure itself when none does.
 */
@QuarkusTest
class DataSubjectRequestTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    private Institution ops;
    private String lastName;
    private String pesel;
    private String client;

    @BeforeEach
    void setUp() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        lastName = TestData.unique("Łączyńska-Żółć");
        pesel = PlanTest.pesel();
        client = PlanApi.registerClient(ops, "Ściana", lastName, pesel, false);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long auditRows(String action, String recordType) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from audit_log "
                + "where subject_name = ?1 and action = ?2 and record_type = ?3")
                .setParameter(1, "Test iod-" + ops.id).setParameter(2, action).setParameter(3, recordType).getSingleResult()).longValue());
    }

    @Test
    void theOfficerFindsThePersonByPeselOrByNameAndBirthDateInARequestBodyAndEachSearchIsAudited() {
        String dpo = RestrictionTest.dpo(ops);
        given().auth().oauth2(dpo).contentType("application/json").body(Map.of("pesel", pesel))
                .when().post("/api/v1/dpo/searches").then().statusCode(200).header("Cache-Control", "no-store")
                .body("id", contains(client)).body("[0].lastName", equalTo(lastName)).body("[0].restricted", equalTo(false));
        assertEquals(1, auditRows("SEARCH", "CLIENT"));
        String birthDate = given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/clients/" + client).then().extract().path("birthDate");
        // case and Polish letters do not matter
        String folded = lastName.toLowerCase().replace('ł', 'l').replace('ą', 'a').replace('ń', 'n').replace('ż', 'z')
                .replace('ó', 'o').replace('ć', 'c');
        given().auth().oauth2(dpo).contentType("application/json").body(Map.of("lastName", folded, "birthDate", birthDate))
                .when().post("/api/v1/dpo/searches").then().statusCode(200).body("id", contains(client));
        given().auth().oauth2(dpo).contentType("application/json")
                .body(Map.of("lastName", folded, "firstName", "Inna", "birthDate", birthDate))
                .when().post("/api/v1/dpo/searches").then().statusCode(200).body("", empty());
        assertEquals(1, auditRows("SEARCH", "DPO_SEARCH"), "a search finding nobody is recorded too, without its terms");
        given().auth().oauth2(dpo).contentType("application/json").body(Map.of("lastName", lastName))
                .when().post("/api/v1/dpo/searches").then().statusCode(422).body("errors.field", contains("birthDate"));
        // another institution's officer finds nobody; a caseworker may not search; never a GET with a PESEL
        Institution other = data.institution().type(InstitutionType.OPS).create();
        given().auth().oauth2(RestrictionTest.dpo(other)).contentType("application/json").body(Map.of("pesel", pesel))
                .when().post("/api/v1/dpo/searches").then().statusCode(200).body("", empty());
        given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").body(Map.of("pesel", pesel))
                .when().post("/api/v1/dpo/searches").then().statusCode(403);
        given().auth().oauth2(dpo).queryParam("pesel", pesel).when().get("/api/v1/dpo/searches").then().statusCode(405);
    }

    private Response recordErasure(String clientId, LocalDate receivedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", clientId);
        body.put("kind", "ERASURE");
        body.put("grounds", "ART_17_1_A_NO_LONGER_NECESSARY");
        body.put("receivedOn", receivedOn.toString());
        body.put("details", "Wniosek złożony osobiście");
        return given().auth().oauth2(RestrictionTest.dpo(ops)).contentType("application/json").body(body).when().post("/api/v1/dpo/requests");
    }

    private Response decide(String request, String etag, String outcome, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("reason", reason);
        return given().auth().oauth2(RestrictionTest.dpo(ops)).contentType("application/json").header("If-Match", etag).body(body)
                .when().post("/api/v1/dpo/requests/" + request + "/decision");
    }

    @Test
    void erasureIsRefusedWithItsReasonWhileAPlanIsInProgress() {
        PlanApi.createPlan(ops, client, "Plan", List.of(), List.of());
        Response created = recordErasure(client, LocalDate.now());
        created.then().statusCode(201).body("dueOn", equalTo(LocalDate.now().plusMonths(1).toString()))
                .body("answerDue", equalTo(LocalDate.now().plusMonths(1).toString())).body("overdue", equalTo(false))
                .body("dutiesToKeep", contains("PLAN_IN_PROGRESS"));
        String request = created.path("id");
        String etag = created.header("ETag");
        decide(request, etag, "GRANTED", null).then().statusCode(422).body("errors.code", contains("statutory-duty"));
        decide(request, etag, "REFUSED", " ").then().statusCode(422).body("errors.field", contains("reason"));
        decide(request, etag, "REFUSED", "Plan w realizacji: dane są potrzebne do zadania ustawowego (art. 17 ust. 3 lit. b RODO)")
                .then().statusCode(200).body("status", equalTo("REFUSED"))
                .body("decisionReason", equalTo("Plan w realizacji: dane są potrzebne do zadania ustawowego (art. 17 ust. 3 lit. b RODO)"))
                .body("decidedBy", equalTo("Test iod-" + ops.id)).body("actions", empty());
        decide(request, PlanApi.etag(RestrictionTest.dpo(ops), "/api/v1/dpo/requests/" + request), "GRANTED", null).then().statusCode(409);
        given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/clients/" + client).then().body("anonymised", equalTo(false));
        given().auth().oauth2(RestrictionTest.dpo(ops)).queryParam("status", "all").when().get("/api/v1/dpo/requests").then()
                .statusCode(200).body("items.find { it.id == '" + request + "' }.status", equalTo("REFUSED"));
    }

    @Test
    void erasureWithNoDutyToKeepTheDataRemovesTheIdentityAtOnce() {
        Response created = recordErasure(client, LocalDate.now());
        created.then().statusCode(201).body("dutiesToKeep", empty());
        decide(created.path("id"), created.header("ETag"), "GRANTED", null).then().statusCode(200).body("status", equalTo("GRANTED"))
                .body("client.anonymised", equalTo(true)).body("details", nullValue());
        given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/clients/" + client).then().statusCode(200)
                .body("anonymised", equalTo(true)).body("pesel", nullValue()).body("lastName", equalTo("zanonimizowana"));
        assertEquals(1, auditRows("ERASE", "CLIENT"));
        given().auth().oauth2(RestrictionTest.dpo(ops)).contentType("application/json").body(Map.of("pesel", pesel))
                .when().post("/api/v1/dpo/searches").then().body("", empty());
    }

    @Test
    void theAnswerIsDueInAMonthAndTheDeadlineIsExtendedOnceWithinIt() {
        LocalDate received = LocalDate.of(2026, 1, 31);
        Response created = recordErasure(client, received);
        created.then().statusCode(201).body("dueOn", equalTo("2026-02-28"));
        String request = created.path("id");
        String dpo = RestrictionTest.dpo(ops);
        clock.set(LocalDate.of(2026, 3, 1));
        given().auth().oauth2(dpo).contentType("application/json").header("If-Match", created.header("ETag"))
                .body(Map.of("months", 2, "reason", "Złożona sprawa")).when().post("/api/v1/dpo/requests/" + request + "/extension")
                .then().statusCode(422).body("errors.code", contains("extension-too-late"));
        given().auth().oauth2(dpo).when().get("/api/v1/dpo/requests/" + request).then().body("overdue", equalTo(true))
                .body("actions", contains("GRANT", "REFUSE"));
        clock.set(LocalDate.of(2026, 2, 28));
        given().auth().oauth2(dpo).contentType("application/json").header("If-Match", created.header("ETag"))
                .body(Map.of("months", 3, "reason", "Złożona sprawa")).when().post("/api/v1/dpo/requests/" + request + "/extension")
                .then().statusCode(422).body("errors.field", contains("months"));
        given().auth().oauth2(dpo).contentType("application/json").header("If-Match", created.header("ETag"))
                .body(Map.of("months", 2, "reason", "Złożona sprawa, wiele instytucji")).when()
                .post("/api/v1/dpo/requests/" + request + "/extension").then().statusCode(200)
                .body("extendedDueOn", equalTo("2026-04-28")).body("answerDue", equalTo("2026-04-28"))
                .body("overdue", equalTo(false)).body("actions", contains("GRANT", "REFUSE"));
        given().auth().oauth2(dpo).contentType("application/json").header("If-Match", created.header("ETag"))
                .body(Map.of("months", 1, "reason", "Jeszcze")).when().post("/api/v1/dpo/requests/" + request + "/extension")
                .then().statusCode(412);
        given().auth().oauth2(dpo).contentType("application/json").header("If-Match", PlanApi.etag(dpo, "/api/v1/dpo/requests/" + request))
                .body(Map.of("months", 1, "reason", "Jeszcze")).when().post("/api/v1/dpo/requests/" + request + "/extension")
                .then().statusCode(409);
    }

    @Test
    void theRegisterBelongsToTheOfficersInstitution() {
        Map<String, Object> wrongKind = Map.of("clientId", client, "kind", "ERASURE", "grounds", "ART_18_1_C_LEGAL_CLAIMS",
                "receivedOn", LocalDate.now().toString());
        given().auth().oauth2(RestrictionTest.dpo(ops)).contentType("application/json").body(wrongKind).when().post("/api/v1/dpo/requests")
                .then().statusCode(422).body("errors.field", contains("grounds"));
        String request = recordErasure(client, LocalDate.now()).then().statusCode(201).extract().path("id");
        Institution other = data.institution().type(InstitutionType.OPS).create();
        given().auth().oauth2(RestrictionTest.dpo(other)).when().get("/api/v1/dpo/requests/" + request).then().statusCode(404);
        given().auth().oauth2(RestrictionTest.dpo(other)).contentType("application/json")
                .body(Map.of("clientId", client, "kind", "RESTRICTION", "grounds", "ART_18_1_C_LEGAL_CLAIMS",
                        "receivedOn", LocalDate.now().toString())).when().post("/api/v1/dpo/requests").then().statusCode(404);
        given().auth().oauth2(RestrictionTest.dpo(ops)).queryParam("status", "open").when().get("/api/v1/dpo/requests").then()
                .statusCode(200).body("items.id", contains(request)).body("items[0].client.lastName", equalTo(lastName));
        given().auth().oauth2(RestrictionTest.dpo(ops)).queryParam("status", "nope").when().get("/api/v1/dpo/requests").then()
                .statusCode(400);
    }
}
