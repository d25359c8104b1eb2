package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;

/**
 * Steps through the API: a catalogue service must be valid on the step's dates under the plan's
 * regime and provided by the owner's type (422 with a code); a plan's regime follows its start, or an
 * agreement signed before 1 June 2025; a free action of the person or of an institution.
 */
@QuarkusTest
class StepRegimeTest {

    @Inject
    TestData data;

    private Institution ops;
    private Institution pup;
    private String client;

    @BeforeEach
    void setUp() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        client = PlanApi.registerClient(ops, "Marek", TestData.unique("Wróbel"), PlanTest.pesel(), false);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
    }

    private String plan(LocalDate from, LocalDate agreement) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", client);
        body.put("title", "Plan od " + from);
        body.put("periodFrom", from.toString());
        body.put("team", List.of(pup.id.toString()));
        body.put("regimeAgreementSignedOn", agreement == null ? null : agreement.toString());
        return given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> step(Institution owner, String service, LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("ownerInstitutionId", owner == null ? null : owner.id.toString());
        body.put("serviceCode", service);
        body.put("title", service == null ? "Szuka ofert pracy w internecie" : "Krok " + service);
        body.put("plannedStart", start.toString());
        body.put("plannedEnd", end == null ? null : end.toString());
        return body;
    }

    private ValidatableResponse add(Institution by, String plan, Map<String, Object> body) {
        return given().auth().oauth2(PlanApi.staff(by)).contentType("application/json").body(body)
                .when().post("/api/v1/plans/" + plan + "/steps").then();
    }

    @Test
    void aPlanBeginningOnThe31stOfMayRunsUnderThe2004ActAndOneOnThe1stOfJuneUnderThe2025Act() {
        String old = plan(LocalDate.of(2025, 5, 31), null);
        given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + old).then().statusCode(200)
                .body("regime.code", equalTo("EMPLOYMENT_ACT_2004")).body("regime.pupContactIntervalDays", equalTo(60))
                .body("regime.agreementSignedOn", nullValue());
        String current = plan(LocalDate.of(2025, 6, 1), null);
        given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + current).then().statusCode(200)
                .body("regime.code", equalTo("LABOUR_MARKET_ACT_2025")).body("regime.pupContactIntervalDays", equalTo(30));

        // the 2004 act's placement on its last day in the old plan; not in the new plan, even on that day
        add(pup, old, step(pup, "PUP_JOB_PLACEMENT_2004", LocalDate.of(2025, 5, 31), null)).statusCode(201);
        add(pup, current, step(pup, "PUP_JOB_PLACEMENT_2004", LocalDate.of(2025, 5, 31), null)).statusCode(422)
                .body("errors.field", contains("serviceCode")).body("errors.code", contains("regime-mismatch"));
        add(pup, current, step(pup, "PUP_JOB_PLACEMENT_2004", LocalDate.of(2025, 6, 1), null)).statusCode(422)
                .body("errors.code", containsInAnyOrder("regime-mismatch", "service-no-longer-valid"));
        // the 2025 act's placement from its first day, not the day before
        add(pup, current, step(pup, "PUP_JOB_PLACEMENT_2025", LocalDate.of(2025, 5, 31), null)).statusCode(422)
                .body("errors.code", contains("service-not-yet-valid"));
        add(pup, current, step(pup, "PUP_JOB_PLACEMENT_2025", LocalDate.of(2025, 6, 1), null)).statusCode(201)
                .body("steps.service.code", contains("PUP_JOB_PLACEMENT_2025"));
        // a plan under the 2004 act carries its old services on past the act's end; a historical one stays ended
        add(pup, old, step(pup, "PUP_INTERNSHIP_2004", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 1))).statusCode(201);
        add(pup, old, step(pup, "PUP_ASSISTANCE_PROFILE_III", LocalDate.of(2025, 6, 2), null)).statusCode(422)
                .body("errors.code", contains("service-no-longer-valid"));
        given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + old).then()
                .body("steps.service.code", containsInAnyOrder("PUP_JOB_PLACEMENT_2004", "PUP_INTERNSHIP_2004"));
    }

    @Test
    void anAgreementSignedBeforeJuneKeepsALaterPlanUnderThe2004ActAndALaterOneIsRefused() {
        String kept = plan(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 5, 30));
        given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + kept).then()
                .body("regime.code", equalTo("EMPLOYMENT_ACT_2004")).body("regime.agreementSignedOn", equalTo("2025-05-30"));
        add(pup, kept, step(pup, "PUP_INTERNSHIP_2004", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28))).statusCode(201);

        Map<String, Object> late = new HashMap<>();
        late.put("clientId", client);
        late.put("title", "Plan");
        late.put("periodFrom", "2025-09-01");
        late.put("regimeAgreementSignedOn", "2025-06-01");
        given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").body(late).when().post("/api/v1/plans")
                .then().statusCode(422).body("errors.field", contains("regimeAgreementSignedOn"))
                .body("errors.code", contains("agreement-after-boundary"));
    }

    @Test
    void aStepsOwnerMustBeOfATypeThatProvidesItsService() {
        String plan = plan(LocalDate.now().minusDays(10), null);
        add(ops, plan, step(pup, "OPS_SOCIAL_WORK", LocalDate.now(), null)).statusCode(422)
                .body("errors.field", contains("ownerInstitutionId")).body("errors.code", contains("not-provided-by-owner-type"));
        add(ops, plan, step(ops, "OPS_SOCIAL_WORK", LocalDate.now(), null)).statusCode(201);
    }

    @Test
    void aFreeActionOfThePersonIsTheLeadsAndAnInstitutionMayHaveOneToo() {
        String plan = plan(LocalDate.now().minusDays(10), null);
        Map<String, Object> own = step(null, null, LocalDate.now(), LocalDate.now().plusDays(30));
        own.put("ownedByPerson", true);
        // only the lead writes down the person's steps
        add(pup, plan, own).statusCode(403).contentType("application/problem+json");
        String stepId = add(ops, plan, own).statusCode(201)
                .body("steps[0].ownedByPerson", equalTo(true)).body("steps[0].owner", nullValue())
                .body("steps[0].service", nullValue()).body("steps[0].title", equalTo("Szuka ofert pracy w internecie"))
                .body("steps[0].editable", equalTo(true)).extract().path("steps[0].id");
        given().auth().oauth2(PlanApi.staff(pup)).when().get("/api/v1/plans/" + plan).then()
                .body("steps.find { it.id == '" + stepId + "' }.editable", equalTo(false));

        Map<String, Object> withService = new HashMap<>(own);
        withService.put("serviceCode", "OPS_SOCIAL_WORK");
        add(ops, plan, withService).statusCode(422).body("errors.code", contains("person-step-free"));
        Map<String, Object> both = new HashMap<>(own);
        both.put("ownerInstitutionId", ops.id.toString());
        add(ops, plan, both).statusCode(422).body("errors.code", contains("person-or-institution"));

        // the lead edits the person's step; the PUP may not
        Map<String, Object> started = new HashMap<>(own);
        started.put("status", "IN_PROGRESS");
        started.put("actualStart", LocalDate.now().toString());
        given().auth().oauth2(PlanApi.staff(pup)).contentType("application/json").header("If-Match", "\"0\"").body(started)
                .when().put("/api/v1/plans/" + plan + "/steps/" + stepId).then().statusCode(403);
        given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").header("If-Match", "\"0\"").body(started)
                .when().put("/api/v1/plans/" + plan + "/steps/" + stepId).then().statusCode(200)
                .body("steps.find { it.id == '" + stepId + "' }.status", equalTo("IN_PROGRESS"));

        // the PUP's own action outside the catalogue
        add(pup, plan, step(pup, null, LocalDate.now(), null)).statusCode(201)
                .body("steps.findAll { it.owner?.id == '" + pup.id + "' }.service", contains((Object) null));
        // a need the plan's diagnosis does not mark
        Map<String, Object> needy = step(ops, "OPS_SOCIAL_WORK", LocalDate.now(), null);
        needy.put("needs", List.of("PROFESSIONAL_SITUATION"));
        add(ops, plan, needy).statusCode(422).body("errors.field", contains("needs[0]")).body("errors.code", contains("not-a-need"));
    }
}
