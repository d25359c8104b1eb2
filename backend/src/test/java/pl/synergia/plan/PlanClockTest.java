package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.testsupport.TestClock;
import pl.synergia.testsupport.TestData;

/**
 * The time rules of plans at chosen dates of the application's clock: the PUP's 30-day contact,
 * the answer-by date of a referral, and retention.
 */
@QuarkusTest
class PlanClockTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    private Institution ops;
    private Institution pup;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An ACTIVE plan led by the OPS with the PUP on the team, starting 40 days before today. */
    private String activePlan() {
        String client = PlanApi.registerClient(ops, "Anna", TestData.unique("Nowak"), PlanTest.pesel(), false);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
        String plan = PlanApi.createPlan(ops, client, "Plan", List.of("Praca"), List.of(pup));
        PlanApi.moveTo(ops, plan, "ACTIVE");
        return plan;
    }

    private List<Map<String, Object>> dueOn(LocalDate day, Institution institution, String plan) {
        clock.set(day);
        return given().auth().oauth2(PlanApi.staff(institution)).when().get("/api/v1/plans/due").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.planId == '" + plan + "' }");
    }

    @Test
    void thePupMustMeetThePersonWithinThirtyDaysOfThePlansStart() {
        String plan = activePlan();
        LocalDate start = LocalDate.parse(given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + plan)
                .then().extract().path("periodFrom"));
        LocalDate due = start.plusDays(30);
        Map<String, Object> onTheDay = dueOn(due, pup, plan).stream().filter(d -> "PUP_MEETING".equals(d.get("kind"))).findFirst()
                .orElseThrow();
        assertEquals(due.toString(), onTheDay.get("dueOn"));
        assertEquals(false, onTheDay.get("overdue"), "the 30th day is still in time");
        Map<String, Object> dayAfter = dueOn(due.plusDays(1), pup, plan).stream().filter(d -> "PUP_MEETING".equals(d.get("kind")))
                .findFirst().orElseThrow();
        assertEquals(true, dayAfter.get("overdue"), "from the 31st day the PUP is late");
        assertTrue(dueOn(due, ops, plan).stream().noneMatch(d -> "PUP_MEETING".equals(d.get("kind"))),
                "the OPS has no PUP clock of its own");
    }

    @Test
    void aReferralIsDueSevenDaysBeforeItsAnswerByDateAndLateAfterIt() {
        String plan = activePlan();
        String referral = PlanApi.refer(ops, plan, pup, "Proszę o przyjęcie na staż");
        LocalDate answerBy = LocalDate.parse(given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + plan + "/referrals")
                .then().statusCode(200).extract().path("find { it.id == '" + referral + "' }.responseDue"));
        assertTrue(referralDue(answerBy.minusDays(8), referral).isEmpty(), "eight days before, not due yet");
        Map<String, Object> weekBefore = referralDue(answerBy.minusDays(7), referral).orElseThrow();
        assertEquals(false, weekBefore.get("overdue"));
        assertEquals(answerBy.toString(), weekBefore.get("dueOn"));
        assertEquals(false, inbox(answerBy).getBoolean("items.find { it.id == '" + referral + "' }.overdue"));
        assertEquals(true, referralDue(answerBy.plusDays(1), referral).orElseThrow().get("overdue"));
        assertEquals(true, inbox(answerBy.plusDays(1)).getBoolean("items.find { it.id == '" + referral + "' }.overdue"));
    }

    private java.util.Optional<Map<String, Object>> referralDue(LocalDate day, String referral) {
        clock.set(day);
        List<Map<String, Object>> due = given().auth().oauth2(PlanApi.staff(pup)).when().get("/api/v1/plans/due").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'REFERRAL_RESPONSE' }");
        return due.stream().filter(d -> referral.equals(((Map<?, ?>) d.get("referral")).get("id"))).findFirst();
    }

    private JsonPath inbox(LocalDate day) {
        clock.set(day);
        return given().auth().oauth2(PlanApi.staff(pup)).queryParam("box", "in").queryParam("size", 100)
                .when().get("/api/v1/referrals").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theRetentionCutOffIsSixYearsBeforeTheClocksNowInWarsaw() {
        Instant now = Instant.parse("2030-02-28T23:30:00Z");
        clock.set(now);
        String closedBefore = given().auth().oauth2(PlanApi.admin()).when().get("/api/v1/anonymisations/policy").then()
                .statusCode(200).extract().path("closedBefore");
        assertEquals(ZonedDateTime.ofInstant(now, PolishTime.ZONE).minusYears(6).toInstant(), Instant.parse(closedBefore));
        assertEquals(Instant.parse("2024-02-29T23:30:00Z"), Instant.parse(closedBefore),
                "00:30 on 1 March in Warsaw, six years back: the leap day's last half hour, in UTC");
    }

    @Test
    void aPersonIsAnonymisedOnlyOnceSixYearsHavePassedSinceTheirLastPlanWasFinished() {
        String client = PlanApi.registerClient(ops, "Jan", TestData.unique("Kowalski"), PlanTest.pesel(), false);
        String plan = PlanApi.createPlan(ops, client, "Plan", List.of("Praca"), List.of());
        PlanApi.moveTo(ops, plan, "ACTIVE");
        Instant finished = Instant.parse("2020-01-15T11:00:00Z");
        clock.set(finished);
        PlanApi.moveTo(ops, plan, "COMPLETED");

        clock.set(finished.atZone(PolishTime.ZONE).plusYears(6).toInstant());
        runRetention();
        assertFalse(anonymised(client), "exactly six years after: not past retention yet");

        clock.set(finished.atZone(PolishTime.ZONE).plusYears(6).plusMinutes(1).toInstant());
        runRetention();
        assertTrue(anonymised(client), "a minute later it is");
    }

    private static void runRetention() {
        given().auth().oauth2(PlanApi.admin()).contentType("application/json").body(Map.of("dryRun", false))
                .when().post("/api/v1/anonymisations").then().statusCode(201);
    }

    private boolean anonymised(String client) {
        return given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/clients/" + client).then().statusCode(200)
                .extract().path("anonymised");
    }
}
