package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.testsupport.TestClock;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * A restriction of processing (GDPR art. 18) in force makes the person's record read-only for
 * everyone but the data-protection officer, on every write path; lifting it gives it back.
 */
@QuarkusTest
class RestrictionTest {

    private static final String RESTRICTED = "urn:synergia:problem:restricted";

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String dpo(Institution i) {
        return Tokens.user("iod-" + i.id).roles("dpo").institution(i.id).sign();
    }

    /** Records a restriction request for the client and grants it; answers the request's id. */
    static String restrict(Institution by, String client) {
        Map<String, Object> body = Map.of("clientId", client, "kind", "RESTRICTION", "grounds", "ART_18_1_A_ACCURACY_CONTESTED",
                "receivedOn", LocalDate.now().toString(), "details", "Kwestionuje poprawność danych kontaktowych");
        Response created = given().auth().oauth2(dpo(by)).contentType("application/json").body(body).when().post("/api/v1/dpo/requests");
        created.then().statusCode(201).body("status", equalTo("OPEN")).body("actions", org.hamcrest.Matchers.hasItem("GRANT"));
        String id = created.path("id");
        given().auth().oauth2(dpo(by)).contentType("application/json").header("If-Match", created.header("ETag"))
                .body(Map.of("outcome", "GRANTED")).when().post("/api/v1/dpo/requests/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("GRANTED")).body("actions", org.hamcrest.Matchers.contains("LIFT"));
        return id;
    }

    static void lift(Institution by, String request) {
        String etag = PlanApi.etag(dpo(by), "/api/v1/dpo/requests/" + request);
        given().auth().oauth2(dpo(by)).contentType("application/json").header("If-Match", etag)
                .body(Map.of("reason", "Dane zweryfikowano i poprawiono")).when().post("/api/v1/dpo/requests/" + request + "/lifting")
                .then().statusCode(200).body("status", equalTo("LIFTED"));
    }

    @Test
    void everyWritePathIsRefusedWhileARestrictionIsInForceAndWorksAgainOnceLifted() {
        Institution ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        Institution pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        Institution cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
        Institution ngo = data.institution().type(InstitutionType.NGO).name(TestData.unique("Fundacja")).create();
        String client = PlanApi.registerClient(ops, "Irena", TestData.unique("Sowa"), PlanTest.pesel(), true);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
        PlanApi.share(ops, client, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "Reintegracja");
        PlanApi.share(ops, client, ngo, "PUBLIC_TASK_ART_6_1_E", false, "Wsparcie");
        String plan = PlanApi.createPlan(ops, client, "Plan", List.of("Praca"), List.of(pup));
        PlanApi.moveTo(ops, plan, "ACTIVE");
        PlanApi.addStep(pup, plan, pup, "PUP_JOB_PLACEMENT_2025", "Pośrednictwo", null);
        String stepId = given().auth().oauth2(PlanApi.staff(pup)).when().get("/api/v1/plans/" + plan).then().extract().path("steps[0].id");
        String finished = PlanApi.createPlan(ops, client, "Zakończony", List.of(), List.of());
        PlanApi.moveTo(ops, finished, "ACTIVE", "COMPLETED");
        String toAnswer = PlanApi.refer(ops, plan, cis, "Prosimy o przyjęcie");
        String toComplete = PlanApi.refer(ops, plan, ngo, "Prosimy o wsparcie");
        given().auth().oauth2(PlanApi.staff(ngo)).when().post("/api/v1/referrals/" + toComplete + "/acceptance").then().statusCode(200);
        String sharingId = given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/clients/" + client + "/sharing").then()
                .extract().path("find { it.institution.id == '" + ngo.id + "' }.id");
        String worker = PlanApi.caseworker(ops, "ewa");
        String workerId = PlanApi.subject("ewa-" + ops.id);
        PlanApi.caseworker(ops, "jan");
        given().auth().oauth2(worker).contentType("application/json").body(Map.of("subject", workerId))
                .when().post("/api/v1/plans/" + plan + "/referents").then().statusCode(201);

        String request = restrict(ops, client);

        String staffOps = PlanApi.staff(ops);
        String planEtag = PlanApi.etag(staffOps, "/api/v1/plans/" + plan);
        String clientEtag = PlanApi.etag(staffOps, "/api/v1/clients/" + client);
        Map<String, Object> identity = new HashMap<>();
        identity.put("firstName", "Irena");
        identity.put("lastName", "Poprawiona");
        identity.put("birthDate", null);
        identity.put("pesel", given().auth().oauth2(staffOps).when().get("/api/v1/clients/" + client).then().extract().path("pesel"));
        identity.put("gminaTeryt", "1408011");
        Map<String, Object> newStep = new HashMap<>();
        newStep.put("ownerInstitutionId", ops.id.toString());
        newStep.put("serviceCode", "OPS_SOCIAL_WORK");
        newStep.put("title", "Praca socjalna");
        newStep.put("plannedStart", LocalDate.now().toString());
        Map<String, Object> changedStep = new HashMap<>(newStep);
        changedStep.put("ownerInstitutionId", pup.id.toString());
        changedStep.put("serviceCode", "PUP_JOB_PLACEMENT_2025");
        changedStep.put("title", "Pośrednictwo");
        changedStep.put("status", "IN_PROGRESS");
        Map<String, Object> planChange = Map.of("title", "Inny tytuł", "periodFrom", LocalDate.now().minusDays(40).toString(),
                "goals", List.of());

        Map<String, Supplier<Response>> writes = new LinkedHashMap<>();
        writes.put("rectify client", () -> given().auth().oauth2(staffOps).contentType("application/json").header("If-Match", clientEtag)
                .body(identity).when().put("/api/v1/clients/" + client));
        writes.put("record sharing", () -> given().auth().oauth2(staffOps).contentType("application/json")
                .body(Map.of("institutionId", pup.id.toString(), "purpose", "Inny cel", "legalBasis", "PUBLIC_TASK_ART_6_1_E",
                        "includesSensitive", false, "givenOn", LocalDate.now().toString()))
                .when().post("/api/v1/clients/" + client + "/sharing"));
        writes.put("withdraw sharing", () -> given().auth().oauth2(staffOps)
                .when().post("/api/v1/clients/" + client + "/sharing/" + sharingId + "/withdrawal"));
        writes.put("start a plan", () -> given().auth().oauth2(staffOps).contentType("application/json")
                .body(Map.of("clientId", client, "title", "Nowy", "periodFrom", LocalDate.now().toString())).when().post("/api/v1/plans"));
        writes.put("change the plan", () -> given().auth().oauth2(staffOps).contentType("application/json").header("If-Match", planEtag)
                .body(planChange).when().put("/api/v1/plans/" + plan));
        writes.put("move the plan", () -> given().auth().oauth2(staffOps).contentType("application/json").header("If-Match", planEtag)
                .body(Map.of("to", "COMPLETED")).when().post("/api/v1/plans/" + plan + "/transitions"));
        writes.put("set the team", () -> given().auth().oauth2(PlanApi.coordinator(ops)).contentType("application/json")
                .header("If-Match", planEtag).body(Map.of("institutionIds", List.of(ops.id.toString())))
                .when().put("/api/v1/plans/" + plan + "/team"));
        writes.put("add a step", () -> given().auth().oauth2(staffOps).contentType("application/json").body(newStep)
                .when().post("/api/v1/plans/" + plan + "/steps"));
        writes.put("change a step", () -> given().auth().oauth2(PlanApi.staff(pup)).contentType("application/json")
                .header("If-Match", "\"0\"").body(changedStep).when().put("/api/v1/plans/" + plan + "/steps/" + stepId));
        writes.put("record a meeting", () -> given().auth().oauth2(staffOps).contentType("application/json")
                .body(Map.of("heldOn", LocalDate.now().toString(), "attendees", "Irena, pracownik")).when()
                .post("/api/v1/plans/" + plan + "/meetings"));
        writes.put("record an outcome", () -> given().auth().oauth2(staffOps).contentType("application/json")
                .body(Map.of("kind", "JOB_TAKEN", "occurredOn", LocalDate.now().toString())).when()
                .post("/api/v1/plans/" + plan + "/outcomes"));
        writes.put("record a diagnosis", () -> given().auth().oauth2(staffOps).contentType("application/json")
                .body(Map.of("madeOn", LocalDate.now().toString(), "areas", List.of())).when()
                .post("/api/v1/plans/" + plan + "/diagnoses"));
        writes.put("name a referent", () -> given().auth().oauth2(PlanApi.caseworker(ops, "jan")).contentType("application/json")
                .body(Map.of("subject", PlanApi.subject("jan-" + ops.id))).when().post("/api/v1/plans/" + plan + "/referents"));
        writes.put("hand the case over", () -> given().auth().oauth2(worker).contentType("application/json")
                .body(Map.of("fromSubject", workerId, "toSubject", PlanApi.subject("jan-" + ops.id))).when()
                .post("/api/v1/plans/" + plan + "/handovers"));
        writes.put("record a follow-up", () -> given().auth().oauth2(staffOps).contentType("application/json")
                .body(Map.of("checkpoint", "EXIT", "status", "EMPLOYED", "observedOn", LocalDate.now().toString())).when()
                .post("/api/v1/plans/" + finished + "/follow-ups"));
        writes.put("send a referral", () -> given().auth().oauth2(staffOps).contentType("application/json")
                .body(Map.of("toInstitutionId", cis.id.toString(), "message", "Jeszcze raz", "responseDue",
                        LocalDate.now().plusDays(14).toString())).when().post("/api/v1/plans/" + plan + "/referrals"));
        writes.put("accept a referral", () -> given().auth().oauth2(PlanApi.staff(cis)).when()
                .post("/api/v1/referrals/" + toAnswer + "/acceptance"));
        writes.put("reject a referral", () -> given().auth().oauth2(PlanApi.staff(cis)).contentType("application/json")
                .body(Map.of("reason", "Brak miejsc")).when().post("/api/v1/referrals/" + toAnswer + "/rejection"));
        writes.put("complete a referral", () -> given().auth().oauth2(PlanApi.staff(ngo)).when()
                .post("/api/v1/referrals/" + toComplete + "/completion"));
        writes.put("withdraw a referral", () -> given().auth().oauth2(staffOps).when()
                .post("/api/v1/referrals/" + toAnswer + "/withdrawal"));

        for (Map.Entry<String, Supplier<Response>> write : writes.entrySet()) {
            Response response = write.getValue().get();
            assertEquals(409, response.statusCode(), write.getKey() + ": " + response.asString());
            assertEquals(RESTRICTED, response.path("type"), write.getKey());
        }
        // reading stays possible, and says why nothing can be changed
        given().auth().oauth2(staffOps).when().get("/api/v1/plans/" + plan).then().statusCode(200).body("restricted", equalTo(true));
        given().auth().oauth2(staffOps).when().get("/api/v1/clients/" + client).then().statusCode(200)
                .body("restricted", equalTo(true)).body("canRectify", equalTo(false));
        given().auth().oauth2(PlanApi.caseworker(ops, "ewa")).when().get("/api/v1/cases/mine").then()
                .body("items.find { it.planId == '" + plan + "' }.restricted", equalTo(true));
        // a coordinator's reassignment leaves the restricted case as it is
        given().auth().oauth2(PlanApi.coordinator(ops)).contentType("application/json")
                .body(Map.of("fromSubject", workerId, "toSubject", PlanApi.subject("jan-" + ops.id)))
                .when().post("/api/v1/cases/reassignments").then().statusCode(200)
                .body("moved", equalTo(0)).body("skippedRestricted", equalTo(1));

        // the data-protection officer alone rectifies
        given().auth().oauth2(dpo(ops)).contentType("application/json").header("If-Match", clientEtag).body(identity)
                .when().put("/api/v1/clients/" + client).then().statusCode(200).body("lastName", equalTo("Poprawiona"));

        lift(ops, request);
        for (String path : List.of("change the plan", "record a meeting", "accept a referral")) {
            Supplier<Response> write = writes.get(path);
            Response response = path.equals("change the plan")
                    ? given().auth().oauth2(staffOps).contentType("application/json")
                            .header("If-Match", PlanApi.etag(staffOps, "/api/v1/plans/" + plan)).body(planChange)
                            .when().put("/api/v1/plans/" + plan)
                    : write.get();
            assertTrue(response.statusCode() < 300, path + " after lifting: " + response.asString());
        }
        given().auth().oauth2(staffOps).when().get("/api/v1/clients/" + client).then().body("restricted", equalTo(false));
    }

    @Test
    void retentionLeavesARestrictedPersonAsTheyAre() {
        Institution ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        String client = PlanApi.registerClient(ops, "Leon", TestData.unique("Czapla"), PlanTest.pesel(), false);
        String plan = PlanApi.createPlan(ops, client, "Plan", List.of(), List.of());
        clock.set(Instant.parse("2019-03-01T10:00:00Z"));
        PlanApi.moveTo(ops, plan, "ACTIVE", "COMPLETED");
        clock.reset();
        String request = restrict(ops, client);
        runRetention();
        assertFalse(anonymised(ops, client), "kept while restricted, though past retention");
        lift(ops, request);
        runRetention();
        assertTrue(anonymised(ops, client));
        assertTrue(Instant.parse("2019-03-01T10:00:00Z").atZone(PolishTime.ZONE).plusYears(6).toInstant().isBefore(Instant.now()));
    }

    private static void runRetention() {
        given().auth().oauth2(PlanApi.admin()).contentType("application/json").body(Map.of("dryRun", false))
                .when().post("/api/v1/anonymisations").then().statusCode(201);
    }

    private static boolean anonymised(Institution ops, String client) {
        return given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/clients/" + client).then().statusCode(200)
                .extract().path("anonymised");
    }
}
