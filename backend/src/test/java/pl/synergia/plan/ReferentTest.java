package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import pl.synergia.testsupport.Tokens;

/** Named caseworkers: naming oneself, "my cases", handing a case over (audited), a coordinator's reassignment. */
@QuarkusTest
class ReferentTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private Institution ops;
    private Institution pup;
    private String plan;

    @BeforeEach
    void setUp() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        String client = PlanApi.registerClient(ops, "Zofia", TestData.unique("Łączyńska"), PlanTest.pesel(), false);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
        plan = PlanApi.createPlan(ops, client, "Plan Zofii", List.of("Praca"), List.of(pup));
    }

    private long handoverAuditRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from audit_log a "
                + "join plan_handover h on h.id = a.record_id where h.plan_id = cast(?1 as uuid) and a.action = 'HAND_OVER'")
                .setParameter(1, plan).getSingleResult()).longValue());
    }

    @Test
    void aCaseworkerNamesHerselfSeesTheCaseAmongHersAndHandsItToAColleague() {
        String ewa = PlanApi.caseworker(ops, "ewa");
        String jan = PlanApi.caseworker(ops, "jan");
        String ewaId = PlanApi.subject("ewa-" + ops.id);
        String janId = PlanApi.subject("jan-" + ops.id);
        // every caseworker of the institution who has called the API (the set-up's staff user too), by name
        given().auth().oauth2(ewa).when().get("/api/v1/me/colleagues").then().statusCode(200)
                .body("subject", containsInAnyOrder(ewaId, janId, PlanApi.subject("staff-" + ops.id)))
                .body("displayName", contains("Test ewa-" + ops.id, "Test jan-" + ops.id, "Test staff-" + ops.id));
        // a DPO of the institution is a user, not a caseworker
        given().auth().oauth2(PlanApi.dpo(ops)).when().get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(ewa).when().get("/api/v1/me/colleagues").then().statusCode(200).body("size()", equalTo(3));

        // staff name themselves, not others
        given().auth().oauth2(ewa).contentType("application/json").body(Map.of("subject", janId))
                .when().post("/api/v1/plans/" + plan + "/referents").then().statusCode(403);
        given().auth().oauth2(ewa).contentType("application/json").body(Map.of("subject", ewaId))
                .when().post("/api/v1/plans/" + plan + "/referents").then().statusCode(201)
                .body("referents.subject", contains(ewaId)).body("referents[0].mine", equalTo(true))
                .body("referents[0].canHandOver", equalTo(true)).body("referents[0].institution.id", equalTo(ops.id.toString()));
        given().auth().oauth2(ewa).contentType("application/json").body(Map.of("subject", ewaId))
                .when().post("/api/v1/plans/" + plan + "/referents").then().statusCode(409)
                .body("errors.code", contains("already-referent"));
        given().auth().oauth2(jan).when().get("/api/v1/plans/" + plan).then()
                .body("referents[0].mine", equalTo(false)).body("referents[0].canHandOver", equalTo(false));

        given().auth().oauth2(ewa).when().get("/api/v1/cases/mine").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].planId", equalTo(plan)).body("items[0].title", equalTo("Plan Zofii"));
        given().auth().oauth2(jan).when().get("/api/v1/cases/mine").then().body("items", empty());

        // a colleague of another institution, or someone never seen, is not a colleague
        String pupWorker = PlanApi.caseworker(pup, "marta");
        given().auth().oauth2(ewa).contentType("application/json")
                .body(Map.of("fromSubject", ewaId, "toSubject", PlanApi.subject("marta-" + pup.id)))
                .when().post("/api/v1/plans/" + plan + "/handovers").then().statusCode(422).body("errors.code", contains("not-a-colleague"));
        // only the referent (or a coordinator) hands it over
        given().auth().oauth2(jan).contentType("application/json").body(Map.of("fromSubject", ewaId, "toSubject", janId))
                .when().post("/api/v1/plans/" + plan + "/handovers").then().statusCode(403);
        given().auth().oauth2(ewa).contentType("application/json")
                .body(Map.of("fromSubject", ewaId, "toSubject", janId, "note", "Przekazuję przed urlopem"))
                .when().post("/api/v1/plans/" + plan + "/handovers").then().statusCode(200).body("referents.subject", contains(janId));
        assertEquals(1, handoverAuditRows(), "the hand-over is audited");
        given().auth().oauth2(jan).when().get("/api/v1/cases/mine").then().body("items.planId", contains(plan));
        given().auth().oauth2(ewa).when().get("/api/v1/cases/mine").then().body("items", empty());

        // the PUP names its own caseworker beside the OPS's
        given().auth().oauth2(pupWorker).contentType("application/json").body(Map.of("subject", PlanApi.subject("marta-" + pup.id)))
                .when().post("/api/v1/plans/" + plan + "/referents").then().statusCode(201)
                .body("referents.institution.id", containsInAnyOrder(ops.id.toString(), pup.id.toString()));
    }

    @Test
    void aCoordinatorReassignsEveryCaseOfAColleagueWhoLeft() {
        String leaving = PlanApi.caseworker(ops, "odchodzi");
        String staying = PlanApi.caseworker(ops, "zostaje");
        String coordinator = Tokens.user("koordynator-" + ops.id).roles("staff", "coordinator").institution(ops.id).sign();
        given().auth().oauth2(coordinator).when().get("/api/v1/me").then().statusCode(200)
                .body("permissions", org.hamcrest.Matchers.hasItem("CASE_REASSIGN"));
        String leavingId = PlanApi.subject("odchodzi-" + ops.id);
        String stayingId = PlanApi.subject("zostaje-" + ops.id);
        String client2 = PlanApi.registerClient(ops, "Adam", TestData.unique("Mały"), PlanTest.pesel(), false);
        String plan2 = PlanApi.createPlan(ops, client2, "Plan Adama", List.of(), List.of());
        for (String p : List.of(plan, plan2)) {
            given().auth().oauth2(leaving).contentType("application/json").body(Map.of("subject", leavingId))
                    .when().post("/api/v1/plans/" + p + "/referents").then().statusCode(201);
        }
        // a coordinator names a colleague directly, too
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("subject", stayingId))
                .when().post("/api/v1/plans/" + plan2 + "/referents").then().statusCode(201);

        given().auth().oauth2(staying).contentType("application/json").body(Map.of("fromSubject", leavingId, "toSubject", stayingId))
                .when().post("/api/v1/cases/reassignments").then().statusCode(403);
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("fromSubject", leavingId, "toSubject", stayingId))
                .when().post("/api/v1/cases/reassignments").then().statusCode(200)
                .body("moved", equalTo(1)).body("merged", equalTo(1)).body("skippedRestricted", equalTo(0));
        given().auth().oauth2(staying).when().get("/api/v1/cases/mine").then().body("items.planId", containsInAnyOrder(plan, plan2));
        given().auth().oauth2(leaving).when().get("/api/v1/cases/mine").then().body("totalItems", equalTo(0));
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("fromSubject", leavingId, "toSubject", stayingId))
                .when().post("/api/v1/cases/reassignments").then().statusCode(422).body("errors.code", contains("no-cases"));
        assertEquals(1, handoverAuditRows());
    }
}
