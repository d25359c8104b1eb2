package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.directory.OfficialStatusKind;
import pl.synergia.shared.figures.PlanFigures;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestClock;
import pl.synergia.testsupport.TestData;

/**
 * The case-work clocks at chosen dates of the application's clock: the PUP's contact interval by the
 * plan's regime, a team CIS's status expiry, and the follow-ups after exit (published for aggregates).
 */
@QuarkusTest
class CaseworkClockTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    PlanFigures figures;

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

    private String activePlan(LocalDate from, List<Institution> team) {
        String client = PlanApi.registerClient(ops, "Anna", TestData.unique("Nowak"), PlanTest.pesel(), false);
        for (Institution member : team) {
            PlanApi.share(ops, client, member, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
        }
        String plan = PlanApi.createPlan(ops, client, "Plan", List.of("Praca"), team, from, null);
        PlanApi.moveTo(ops, plan, "ACTIVE");
        return plan;
    }

    private Map<String, Object> item(LocalDate day, Institution institution, String plan, String kind) {
        clock.set(day);
        return given().auth().oauth2(PlanApi.staff(institution)).when().get("/api/v1/plans/due").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("findAll { it.planId == '" + plan + "' && it.kind == '" + kind + "' }")
                .stream().findFirst().orElse(null);
    }

    @Test
    void thePupContactsEverySixtyDaysUnderThe2004ActAndEveryThirtyUnderThe2025Act() {
        String old = activePlan(LocalDate.of(2025, 5, 15), List.of(pup));
        String current = activePlan(LocalDate.of(2025, 6, 1), List.of(pup));

        Map<String, Object> oldItem = item(LocalDate.of(2025, 7, 1), pup, old, "PUP_MEETING");
        assertEquals("2025-07-14", oldItem.get("dueOn"), "15 May + 60 days");
        Map<String, Object> currentItem = item(LocalDate.of(2025, 7, 1), pup, current, "PUP_MEETING");
        assertEquals("2025-07-01", currentItem.get("dueOn"), "1 June + 30 days");
        assertEquals(false, currentItem.get("overdue"));
        assertEquals(true, item(LocalDate.of(2025, 7, 2), pup, current, "PUP_MEETING").get("overdue"));
        assertEquals(false, item(LocalDate.of(2025, 7, 14), pup, old, "PUP_MEETING").get("overdue"));
        assertEquals(true, item(LocalDate.of(2025, 7, 15), pup, old, "PUP_MEETING").get("overdue"));
    }

    @Test
    void aTeamCisWhoseStatusEndsIsDueForTheCisAndTheLead() {
        LocalDate end = LocalDate.of(2027, 3, 31);
        Institution cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS"))
                .officialStatus(OfficialStatusKind.CIS_STATUS, LocalDate.of(2021, 4, 1), end).create();
        String plan = activePlan(LocalDate.now().minusDays(5), List.of(cis));
        assertEquals(null, item(end.minusDays(91), cis, plan, "STATUS_EXPIRY"), "91 days before, not yet");
        Map<String, Object> forCis = item(end.minusDays(90), cis, plan, "STATUS_EXPIRY");
        assertEquals(end.toString(), forCis.get("dueOn"));
        assertEquals(cis.id.toString(), ((Map<?, ?>) forCis.get("institution")).get("id"));
        Map<String, Object> forLead = item(end.minusDays(90), ops, plan, "STATUS_EXPIRY");
        assertEquals(cis.id.toString(), ((Map<?, ?>) forLead.get("institution")).get("id"), "the lead plans around it");
        assertEquals(true, item(end.plusDays(1), ops, plan, "STATUS_EXPIRY").get("overdue"));
    }

    @Test
    void theLeadFollowsThePersonUpAtExitAndThreeAndSixMonthsLater() {
        String plan = activePlan(LocalDate.of(2025, 9, 1), List.of());
        LocalDate exit = LocalDate.of(2026, 1, 12);
        clock.set(exit);
        PlanApi.moveTo(ops, plan, "COMPLETED");
        long before = count(exit, "EXIT", "EMPLOYED");

        Map<String, Object> atExit = item(exit, ops, plan, "FOLLOW_UP_EXIT");
        assertEquals(exit.toString(), atExit.get("dueOn"));
        assertEquals(ops.id.toString(), ((Map<?, ?>) atExit.get("institution")).get("id"));
        record(plan, "EXIT", "EMPLOYED", exit).statusCode(201).body("followUps[0].status", org.hamcrest.Matchers.equalTo("EMPLOYED"));
        record(plan, "EXIT", "UNKNOWN", exit).statusCode(409);
        assertEquals(null, item(exit.plusDays(1), ops, plan, "FOLLOW_UP_EXIT"));

        LocalDate threeMonths = exit.plusMonths(3);
        assertEquals(null, item(threeMonths.minusDays(15), ops, plan, "FOLLOW_UP_3_MONTHS"));
        assertEquals(threeMonths.toString(), item(threeMonths.minusDays(14), ops, plan, "FOLLOW_UP_3_MONTHS").get("dueOn"));
        clock.reset();
        record(plan, "MONTHS_3", "IN_TRAINING", threeMonths.minusDays(1)).statusCode(422)
                .body("errors.code", org.hamcrest.Matchers.contains("too-early"));
        record(plan, "MONTHS_3", "IN_TRAINING", threeMonths).statusCode(201);
        assertEquals(true, item(exit.plusMonths(6).plusDays(1), ops, plan, "FOLLOW_UP_6_MONTHS").get("overdue"));
        given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + plan).then()
                .body("finishedOn", org.hamcrest.Matchers.equalTo(exit.toString()))
                .body("followUps.checkpoint", org.hamcrest.Matchers.contains("EXIT", "MONTHS_3"));

        assertEquals(before + 1, count(exit, "EXIT", "EMPLOYED"), "the aggregates count it by the gmina and month of exit");
        assertTrue(count(exit, "MONTHS_3", "IN_TRAINING") >= 1);
    }

    @Test
    void onlyAFinishedPlansLeadRecordsAFollowUp() {
        String plan = activePlan(LocalDate.now().minusDays(30), List.of(pup));
        record(plan, "EXIT", "EMPLOYED", LocalDate.now()).statusCode(409);
        PlanApi.moveTo(ops, plan, "COMPLETED");
        given().auth().oauth2(PlanApi.staff(pup)).contentType("application/json")
                .body(Map.of("checkpoint", "EXIT", "status", "EMPLOYED", "observedOn", LocalDate.now().toString()))
                .when().post("/api/v1/plans/" + plan + "/follow-ups").then().statusCode(403);
    }

    private io.restassured.response.ValidatableResponse record(String plan, String checkpoint, String status, LocalDate observedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("checkpoint", checkpoint);
        body.put("status", status);
        body.put("observedOn", observedOn.toString());
        body.put("notes", "Rozmowa telefoniczna");
        return given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").body(body)
                .when().post("/api/v1/plans/" + plan + "/follow-ups").then();
    }

    private long count(LocalDate exit, String checkpoint, String status) {
        return figures.followUps(exit.withDayOfMonth(1), exit.withDayOfMonth(1).plusMonths(1)).stream()
                .filter(c -> c.gminaTeryt().equals("1408011") && c.month().equals(YearMonth.from(exit))
                        && c.key().equals(checkpoint + ":" + status))
                .mapToLong(PlanFigures.MonthCount::count).sum();
    }
}
