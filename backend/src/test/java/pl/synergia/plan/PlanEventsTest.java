package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.synergia.testsupport.OutboxProbe.assertNoPersonalData;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.OutboxProbe;
import pl.synergia.testsupport.OutboxProbe.Row;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Each change of the plan context that another institution cares about writes its event in the
 * change's own transaction: a change whose transaction fails at commit leaves neither the change
 * nor the event, a committed one leaves both, written by one transaction (equal xmin). No event
 * names the person, their PESEL, the referral's message or a rejection's reason.
 */
@QuarkusTest
class PlanEventsTest {

    private static final String MESSAGE = "Prosimy o przyjęcie pani do programu";

    @Inject
    TestData data;

    @Inject
    OutboxProbe outbox;

    private Institution ops;
    private Institution pup;
    private Institution cis;
    private String lastName;
    private String pesel;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).gmina("1408052").create();
    }

    private static String coordinator(Institution i) {
        return Tokens.user("coord-" + i.id).roles("staff", "coordinator").institution(i.id).sign();
    }

    /** A client of the OPS with a legal basis for the PUP and the CIS, and an active plan led by the OPS. */
    private UUID plan(List<Institution> team) {
        lastName = TestData.unique("Żółkiewska").replace(" ", "");
        pesel = PlanTest.pesel();
        String client = PlanApi.registerClient(ops, "Halina", lastName, pesel, true);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Staż");
        PlanApi.share(ops, client, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "CIS");
        String plan = PlanApi.createPlan(ops, client, "Plan dla " + lastName, List.of("Zatrudnienie"), team);
        PlanApi.moveTo(ops, plan, "ACTIVE");
        return UUID.fromString(plan);
    }

    private Response sendReferral(UUID plan) {
        return given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json")
                .body(Map.of("toInstitutionId", cis.id.toString(), "serviceCode", "CIS_IPZS_2022", "message", MESSAGE + " " + lastName,
                        "responseDue", LocalDate.now().plusDays(14).toString()))
                .when().post("/api/v1/plans/" + plan + "/referrals");
    }

    private UUID referral(UUID plan) {
        return UUID.fromString(sendReferral(plan).then().statusCode(201).extract().path("id"));
    }

    private String referralStatus(UUID referral) {
        return given().auth().oauth2(PlanApi.staff(ops)).queryParam("box", "out").queryParam("size", "100").when().get("/api/v1/referrals")
                .then().statusCode(200).extract().path("items.find { it.id == '" + referral + "' }.status");
    }

    private void assertClean(Row event) {
        assertNoPersonalData(event, lastName, "Halina", pesel, MESSAGE);
    }

    @Test
    void referralSent() throws Exception {
        UUID plan = plan(List.of());
        outbox.failsAtCommitThenCommits(plan, () -> sendReferral(plan), () -> outbox.count("referral", "plan_id", plan));
        assertEquals(1, outbox.count("referral", "plan_id", plan));
        Row sent = outbox.single(plan, "pl.synergia.referral.sent");
        assertEquals(Set.of(ops.id, cis.id), sent.audience());
        assertEquals(plan.toString(), sent.data().get("planId"));
        assertEquals(cis.id.toString(), sent.data().get("toInstitutionId"));
        assertEquals(ops.id.toString(), sent.data().get("byInstitutionId"));
        assertEquals("CIS_IPZS_2022", sent.data().get("serviceCode"));
        assertEquals("1408011", sent.areaTeryt(), "the area of the sending institution, never the person's");
        assertEquals(outbox.xmin("referral", "id", sent.aggregateId()), sent.xmin());
        assertClean(sent);
    }

    @Test
    void referralAccepted() throws Exception {
        UUID referral = referral(plan(List.of()));
        outbox.failsAtCommitThenCommits(referral, () -> given().auth().oauth2(PlanApi.staff(cis)).when()
                .post("/api/v1/referrals/" + referral + "/acceptance"), () -> referralStatus(referral));
        Row accepted = outbox.single(referral, "pl.synergia.referral.accepted");
        assertEquals("ACCEPTED", referralStatus(referral));
        assertEquals(Set.of(ops.id, cis.id), accepted.audience());
        assertEquals(cis.id.toString(), accepted.data().get("byInstitutionId"));
        assertEquals(outbox.xmin("referral", "id", referral), accepted.xmin());
        assertClean(accepted);
    }

    @Test
    void referralRejected() throws Exception {
        UUID referral = referral(plan(List.of()));
        String reason = "Brak miejsc dla pani " + lastName;
        outbox.failsAtCommitThenCommits(referral, () -> given().auth().oauth2(PlanApi.staff(cis)).contentType("application/json")
                .body(Map.of("reason", reason)).when().post("/api/v1/referrals/" + referral + "/rejection"),
                () -> referralStatus(referral));
        Row rejected = outbox.single(referral, "pl.synergia.referral.rejected");
        assertEquals("REJECTED", referralStatus(referral));
        assertEquals(outbox.xmin("referral", "id", referral), rejected.xmin());
        assertClean(rejected);
        assertNoPersonalData(rejected, "Brak miejsc");
    }

    @Test
    void referralCompleted() throws Exception {
        UUID referral = referral(plan(List.of()));
        given().auth().oauth2(PlanApi.staff(cis)).when().post("/api/v1/referrals/" + referral + "/acceptance").then().statusCode(200);
        outbox.failsAtCommitThenCommits(referral, () -> given().auth().oauth2(PlanApi.staff(cis)).when()
                .post("/api/v1/referrals/" + referral + "/completion"), () -> referralStatus(referral));
        Row completed = outbox.single(referral, "pl.synergia.referral.completed");
        assertEquals("DONE", referralStatus(referral));
        assertEquals(Set.of(ops.id, cis.id), completed.audience());
        assertEquals(outbox.xmin("referral", "id", referral), completed.xmin());
        assertClean(completed);
    }

    @Test
    void referralWithdrawn() throws Exception {
        UUID referral = referral(plan(List.of()));
        outbox.failsAtCommitThenCommits(referral, () -> given().auth().oauth2(PlanApi.staff(ops)).when()
                .post("/api/v1/referrals/" + referral + "/withdrawal"), () -> referralStatus(referral));
        Row withdrawn = outbox.single(referral, "pl.synergia.referral.withdrawn");
        assertEquals("WITHDRAWN", referralStatus(referral));
        assertEquals(ops.id.toString(), withdrawn.data().get("byInstitutionId"));
        assertEquals(outbox.xmin("referral", "id", referral), withdrawn.xmin());
        assertClean(withdrawn);
    }

    private Response setTeam(UUID plan, List<Institution> team) {
        String etag = given().auth().oauth2(coordinator(ops)).when().get("/api/v1/plans/" + plan).then().statusCode(200)
                .extract().header("ETag");
        return given().auth().oauth2(coordinator(ops)).contentType("application/json").header("If-Match", etag)
                .body(Map.of("institutionIds", team.stream().map(i -> i.id.toString()).toList()))
                .when().put("/api/v1/plans/" + plan + "/team");
    }

    private long teamSize(UUID plan) {
        return outbox.count("plan_member", "plan_id", plan);
    }

    @Test
    void teamMemberAddedAtTheStartAndLater() throws Exception {
        UUID plan = plan(List.of(pup));
        Row atStart = outbox.single(plan, "pl.synergia.plan.team-member-added");
        assertEquals(pup.id.toString(), atStart.data().get("institutionId"), "the lead is not announced as added to its own plan");
        assertEquals(outbox.xmin("plan_member", "plan_id", plan), atStart.xmin());

        outbox.failsAtCommitThenCommits(plan, () -> setTeam(plan, List.of(ops, pup, cis)), () -> teamSize(plan));
        assertEquals(3, teamSize(plan));
        Row added = outbox.about(plan, "pl.synergia.plan.team-member-added").stream()
                .filter(e -> e.data().get("institutionId").equals(cis.id.toString())).findFirst().orElseThrow();
        assertEquals(Set.of(cis.id, ops.id), added.audience());
        assertEquals(ops.id.toString(), added.data().get("byInstitutionId"));
        assertEquals(outbox.xmin("action_plan", "id", plan), added.xmin());
        assertClean(added);
    }

    @Test
    void teamMemberRemoved() throws Exception {
        UUID plan = plan(List.of(pup, cis));
        outbox.failsAtCommitThenCommits(plan, () -> setTeam(plan, List.of(ops, cis)), () -> teamSize(plan));
        assertEquals(2, teamSize(plan));
        Row removed = outbox.single(plan, "pl.synergia.plan.team-member-removed");
        assertEquals(pup.id.toString(), removed.data().get("institutionId"));
        assertEquals(Set.of(pup.id, ops.id), removed.audience());
        assertEquals(outbox.xmin("action_plan", "id", plan), removed.xmin());
        assertClean(removed);
    }

    @Test
    void stepAssigned() throws Exception {
        UUID plan = plan(List.of(pup));
        String title = "Staż dla " + lastName;
        outbox.failsAtCommitThenCommits(plan, () -> given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json")
                .body(Map.of("ownerInstitutionId", pup.id.toString(), "serviceCode", "PUP_INTERNSHIP_2025", "title", title,
                        "plannedStart", LocalDate.now().toString(), "plannedEnd", LocalDate.now().plusDays(90).toString()))
                .when().post("/api/v1/plans/" + plan + "/steps"), () -> outbox.count("plan_step", "plan_id", plan));
        assertEquals(1, outbox.count("plan_step", "plan_id", plan));
        Row assigned = outbox.single(plan, "pl.synergia.plan.step-assigned");
        assertEquals(Set.of(pup.id), assigned.audience());
        assertEquals(pup.id.toString(), assigned.data().get("ownerInstitutionId"));
        UUID step = UUID.fromString(assigned.data().get("stepId"));
        assertEquals(outbox.xmin("plan_step", "id", step), assigned.xmin());
        assertClean(assigned);
        assertNoPersonalData(assigned, title);
    }
}
