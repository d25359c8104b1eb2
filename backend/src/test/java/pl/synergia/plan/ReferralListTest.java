package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * The referral boxes a page at a time with a status filter, and the referrals of one plan for
 * whoever sees the plan: the receiver of a referral it has not accepted gets 404, audited.
 */
@QuarkusTest
class ReferralListTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private Institution ops;
    private Institution pup;
    private Institution cis;
    private Institution ngo;
    private Institution foreign;
    private String client;
    private String plan;

    @BeforeEach
    void planWithTeamAndBases() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
        ngo = data.institution().type(InstitutionType.NGO).name(TestData.unique("Fundacja")).create();
        foreign = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS obce")).create();
        client = PlanApi.registerClient(ops, "Halina", TestData.unique("Żółkiewska"), PlanTest.pesel(), false);
        for (Institution partner : List.of(pup, cis, ngo)) {
            PlanApi.share(ops, client, partner, "SOCIAL_PROTECTION_ART_9_2_B", false, "Wspólny plan");
        }
        plan = PlanApi.createPlan(ops, client, "Plan", List.of("Cel"), List.of(pup));
    }

    private static String staff(Institution i) {
        return PlanApi.staff(i);
    }

    private long auditRows(String recordId, String action, String outcome) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where record_id = cast(?1 as uuid) and action = ?2 and outcome = ?3")
                .setParameter(1, recordId).setParameter(2, action).setParameter(3, outcome).getSingleResult()).longValue());
    }

    private void sql(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private JsonPath box(Institution caller, Map<String, ?> query) {
        return given().auth().oauth2(staff(caller)).queryParams(query).when().get("/api/v1/referrals")
                .then().statusCode(200).header("Cache-Control", "no-store").extract().jsonPath();
    }

    @Test
    void theInboxIsPagedNewestFirstAndFilteredByStatus() {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(PlanApi.refer(ops, plan, cis, "Skierowanie " + i));
        }
        String accepted = sent.get(0);
        String rejected = sent.get(1);
        String late = sent.get(2);
        given().auth().oauth2(staff(cis)).when().post("/api/v1/referrals/" + accepted + "/acceptance").then().statusCode(200);
        given().auth().oauth2(staff(cis)).contentType("application/json").body(Map.of("reason", "Brak miejsc."))
                .when().post("/api/v1/referrals/" + rejected + "/rejection").then().statusCode(200);
        sql("update referral set response_due = current_date - 1 where id = cast(?1 as uuid)", late);
        // Three sent at the same moment: the id decides their order.
        sql("update referral set sent_at = timestamp with time zone '2025-01-10 10:00:00+01' where id in "
                + "(cast(?1 as uuid), cast(?2 as uuid), cast(?3 as uuid))", sent.get(2), sent.get(3), sent.get(4));
        sql("update referral set sent_at = timestamp with time zone '2025-01-12 10:00:00+01' where id = cast(?1 as uuid)", accepted);
        sql("update referral set sent_at = timestamp with time zone '2025-01-11 10:00:00+01' where id = cast(?1 as uuid)", rejected);
        List<String> tied = sent.subList(2, 5).stream().sorted(Comparator.reverseOrder()).toList();
        List<String> expected = new ArrayList<>(List.of(accepted, rejected));
        expected.addAll(tied);

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath onePage = box(cis, Map.of("box", "in", "size", 2, "page", page));
            assertEquals(5, onePage.getLong("totalItems"));
            assertEquals(3, onePage.getInt("totalPages"));
            assertEquals(page, onePage.getInt("page"));
            assertEquals(2, onePage.getInt("size"));
            assertEquals(1, onePage.getLong("overdueItems"), "one SENT referral is past its answer-by date");
            assertEquals(page < 2 ? 2 : 1, onePage.getList("items").size());
            seen.addAll(onePage.getList("items.id"));
        }
        assertEquals(expected, seen, "newest first, the id breaking ties, each referral on exactly one page");
        assertEquals(List.of(), box(cis, Map.of("box", "in", "size", 2, "page", 3)).getList("items"));

        JsonPath open = box(cis, Map.of("status", "SENT"));
        assertEquals(3, open.getLong("totalItems"));
        assertEquals(tied, open.getList("items.id"));
        assertEquals(List.of(true), open.getList("items.findAll { it.id == '" + late + "' }.overdue"));
        assertEquals(1, open.getLong("overdueItems"));
        JsonPath answered = given().auth().oauth2(staff(cis)).queryParam("status", "ACCEPTED", "REJECTED")
                .when().get("/api/v1/referrals").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(accepted, rejected), answered.getList("items.id"));
        assertEquals(0, answered.getLong("overdueItems"));
        JsonPath repeated = given().auth().oauth2(staff(cis)).queryParam("status", "ACCEPTED").queryParam("status", "SENT")
                .when().get("/api/v1/referrals").then().statusCode(200).extract().jsonPath();
        assertEquals(4, repeated.getLong("totalItems"));
        assertEquals(0, box(cis, Map.of("status", "WITHDRAWN")).getLong("totalItems"));
        assertEquals(1, box(cis, Map.of("status", "WITHDRAWN")).getInt("totalPages"));

        // The sender's outbox holds the same five; the receiver's outbox and others' inboxes nothing of them.
        assertEquals(5, box(ops, Map.of("box", "out")).getLong("totalItems"));
        assertEquals(2, box(ops, Map.of("box", "out", "status", "SENT", "size", 2)).getList("items").size());
        assertEquals(0, box(cis, Map.of("box", "out")).getLong("totalItems"));
        assertEquals(0, box(foreign, Map.of("box", "in")).getLong("totalItems"));
    }

    @Test
    void eachReferralShownIsOneAuditRowAndOnlyThose() {
        String first = PlanApi.refer(ops, plan, cis, "Pierwsze");
        String second = PlanApi.refer(ops, plan, cis, "Drugie");
        sql("update referral set sent_at = sent_at - interval '1 hour' where id = cast(?1 as uuid)", first);
        long firstBefore = auditRows(first, "LIST", "ALLOWED");
        long secondBefore = auditRows(second, "LIST", "ALLOWED");
        assertEquals(List.of(second), box(cis, Map.of("size", 1)).getList("items.id"));
        assertEquals(secondBefore + 1, auditRows(second, "LIST", "ALLOWED"));
        assertEquals(firstBefore, auditRows(first, "LIST", "ALLOWED"), "a referral on another page was not read");
    }

    @Test
    void badBoxStatusOrPagingIs400NamingEveryParameter() {
        JsonPath problem = given().auth().oauth2(staff(cis)).queryParam("box", "sideways").queryParam("status", "LOST")
                .queryParam("size", 101).when().get("/api/v1/referrals")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertEquals(List.of("box", "status", "size"), problem.getList("errors.field"));
        given().auth().oauth2(staff(cis)).queryParam("page", -1).when().get("/api/v1/referrals").then().statusCode(400)
                .body("errors.field", contains("page"));
        given().auth().oauth2(staff(cis)).queryParam("size", 100).when().get("/api/v1/referrals").then().statusCode(200)
                .body("size", equalTo(100));
        given().auth().oauth2(staff(cis)).when().get("/api/v1/referrals").then().statusCode(200).body("size", equalTo(20));
    }

    @Test
    void whoeverSeesThePlanGetsAllItsReferralsAndTheUnacceptedReceiverNone() {
        String toCis = PlanApi.refer(ops, plan, cis, "Do CIS");
        String toNgo = PlanApi.refer(ops, plan, ngo, "Do fundacji");
        sql("update referral set sent_at = sent_at - interval '1 hour' where id = cast(?1 as uuid)", toCis);
        given().auth().oauth2(staff(ngo)).when().post("/api/v1/referrals/" + toNgo + "/acceptance").then().statusCode(200);
        String otherPlan = PlanApi.createPlan(ops, client, "Inny plan", List.of(), List.of());
        String elsewhere = PlanApi.refer(ops, otherPlan, cis, "Do innego planu");

        // The lead (registrar and sender): both, newest first, the person in full, its own actions.
        long listedBefore = auditRows(toCis, "LIST", "ALLOWED");
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + plan + "/referrals")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("id", contains(toNgo, toCis))
                .body("planId", contains(plan, plan))
                .body("person.full", contains(true, true))
                .body("actions", contains(List.of("WITHDRAW"), List.of("WITHDRAW")));
        assertEquals(listedBefore + 1, auditRows(toCis, "LIST", "ALLOWED"));

        // A team member with an active basis: all of them, even between two other institutions, and no actions.
        given().auth().oauth2(staff(pup)).when().get("/api/v1/plans/" + plan + "/referrals")
                .then().statusCode(200)
                .body("id", contains(toNgo, toCis))
                .body("person.full", contains(true, true))
                .body("actions.flatten()", empty());

        // The NGO accepted: it sees the plan, so all its referrals, and may complete its own.
        given().auth().oauth2(staff(ngo)).when().get("/api/v1/plans/" + plan + "/referrals")
                .then().statusCode(200)
                .body("id", contains(toNgo, toCis))
                .body("find { it.id == '" + toNgo + "' }.actions", contains("COMPLETE"))
                .body("find { it.id == '" + toCis + "' }.actions", empty());

        // The CIS has only SENT referrals: it does not see the plan, so not its list either (404, audited).
        long deniedBefore = auditRows(plan, "LIST", "DENIED");
        String notFound = given().auth().oauth2(staff(cis)).when().get("/api/v1/plans/" + plan + "/referrals")
                .then().statusCode(404).contentType("application/problem+json").extract().asString();
        assertEquals(deniedBefore + 1, auditRows(plan, "LIST", "DENIED"));
        assertFalse(notFound.contains("Do CIS"));
        given().auth().oauth2(staff(foreign)).when().get("/api/v1/plans/" + plan + "/referrals").then().statusCode(404);

        // Another plan's list holds only its own referral.
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + otherPlan + "/referrals")
                .then().statusCode(200).body("id", contains(elsewhere));

        // When the CIS accepts, it sees the plan and its referrals.
        given().auth().oauth2(staff(cis)).when().post("/api/v1/referrals/" + toCis + "/acceptance").then().statusCode(200);
        given().auth().oauth2(staff(cis)).when().get("/api/v1/plans/" + plan + "/referrals")
                .then().statusCode(200).body("id", hasItem(toCis));

        // Roles without personal data, and a malformed id.
        given().auth().oauth2(Tokens.user("analyst").roles("regional-analyst").institution(ops.id).sign())
                .when().get("/api/v1/plans/" + plan + "/referrals").then().statusCode(403);
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/not-a-uuid/referrals").then().statusCode(400);
    }
}
