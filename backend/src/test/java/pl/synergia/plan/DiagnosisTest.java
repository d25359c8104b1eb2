package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;

/**
 * The diagnosis of a plan: areas marked strength, need or not explored; special-category areas
 * (health, housing, finances) seen and written only with an article 9 basis; goals and steps point to
 * the needs.
 */
@QuarkusTest
class DiagnosisTest {

    @Inject
    TestData data;

    private Institution ops;
    private Institution pup;
    private String plan;

    @BeforeEach
    void setUp() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        String client = PlanApi.registerClient(ops, "Halina", TestData.unique("Kruk"), PlanTest.pesel(), true);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
        plan = PlanApi.createPlan(ops, client, "Plan", List.of("Praca"), List.of(pup));
    }

    private static Map<String, Object> area(String area, String assessment, String notes) {
        Map<String, Object> a = new HashMap<>();
        a.put("area", area);
        a.put("assessment", assessment);
        a.put("notes", notes);
        return a;
    }

    @Test
    void theLeadRecordsADiagnosisAndThePupSeesAllButTheSpecialCategoryAreas() {
        Map<String, Object> body = new HashMap<>();
        body.put("madeOn", LocalDate.now().minusDays(2).toString());
        body.put("summary", "Zmotywowana, brak doświadczenia biurowego");
        body.put("areas", List.of(area("PROFESSIONAL_SITUATION", "NEED", "Bez pracy od 2 lat"),
                area("EDUCATION_AND_SKILLS", "STRENGTH", "Technikum gastronomiczne"),
                area("HEALTH", "NEED", "Leczenie kręgosłupa"), area("DIGITAL", "NEED", null)));
        given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").body(body)
                .when().post("/api/v1/plans/" + plan + "/diagnoses").then().statusCode(201)
                .body("specialCategoryVisible", equalTo(true))
                .body("diagnoses[0].validUntil", equalTo(LocalDate.now().minusDays(2).plusMonths(6).toString()))
                .body("diagnoses[0].valid", equalTo(true))
                .body("diagnoses[0].madeBy", equalTo("Test staff-" + ops.id))
                .body("diagnoses[0].areas.area", contains("PROFESSIONAL_SITUATION", "EDUCATION_AND_SKILLS", "HEALTH", "HOUSING",
                        "FAMILY", "FINANCES", "MOBILITY", "DIGITAL"))
                .body("diagnoses[0].areas.assessment", contains("NEED", "STRENGTH", "NEED", "NOT_EXPLORED", "NOT_EXPLORED",
                        "NOT_EXPLORED", "NOT_EXPLORED", "NEED"))
                .body("diagnoses[0].areas[2].notes", equalTo("Leczenie kręgosłupa"));

        // the PUP has no article 9 basis: health, housing and finances are withheld, not shown as "not explored"
        given().auth().oauth2(PlanApi.staff(pup)).when().get("/api/v1/plans/" + plan).then().statusCode(200)
                .body("specialCategoryVisible", equalTo(false))
                .body("diagnoses[0].areas.withheld", contains(false, false, true, true, false, true, false, false))
                .body("diagnoses[0].areas[2].assessment", nullValue()).body("diagnoses[0].areas[2].notes", nullValue())
                .body("diagnoses[0].areas[0].notes", equalTo("Bez pracy od 2 lat"));

        // steps and goals point to needs; the health need is not the PUP's to see
        Map<String, Object> step = new HashMap<>();
        step.put("ownerInstitutionId", ops.id.toString());
        step.put("serviceCode", "OPS_SOCIAL_WORK");
        step.put("title", "Wsparcie w leczeniu i w szukaniu pracy");
        step.put("plannedStart", LocalDate.now().toString());
        step.put("needs", List.of("HEALTH", "PROFESSIONAL_SITUATION"));
        given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").body(step)
                .when().post("/api/v1/plans/" + plan + "/steps").then().statusCode(201)
                .body("steps[0].needs", contains("PROFESSIONAL_SITUATION", "HEALTH"));
        given().auth().oauth2(PlanApi.staff(pup)).when().get("/api/v1/plans/" + plan).then()
                .body("steps[0].needs", contains("PROFESSIONAL_SITUATION"));
        Map<String, Object> pupStep = new HashMap<>(step);
        pupStep.put("ownerInstitutionId", pup.id.toString());
        pupStep.put("serviceCode", "PUP_JOB_PLACEMENT_2025");
        given().auth().oauth2(PlanApi.staff(pup)).contentType("application/json").body(pupStep)
                .when().post("/api/v1/plans/" + plan + "/steps").then().statusCode(422)
                .body("errors.field", contains("needs[0]")).body("errors.code", contains("no-article-9-basis"));

        String goal = given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + plan).then().extract().path("goals[0].id");
        String etag = PlanApi.etag(PlanApi.staff(ops), "/api/v1/plans/" + plan);
        Map<String, Object> update = new HashMap<>();
        update.put("title", "Plan");
        update.put("periodFrom", LocalDate.now().minusDays(40).toString());
        update.put("periodTo", LocalDate.now().plusDays(300).toString());
        update.put("goals", List.of(Map.of("id", goal, "description", "Praca", "needs", List.of("DIGITAL", "HOUSING"))));
        given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").header("If-Match", etag).body(update)
                .when().put("/api/v1/plans/" + plan).then().statusCode(422)
                .body("errors.field", contains("goals[0].needs[1]")).body("errors.code", contains("not-a-need"));
        update.put("goals", List.of(Map.of("id", goal, "description", "Praca", "needs", List.of("DIGITAL", "HEALTH"))));
        given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").header("If-Match", etag).body(update)
                .when().put("/api/v1/plans/" + plan).then().statusCode(200).body("goals[0].needs", contains("HEALTH", "DIGITAL"));
        given().auth().oauth2(PlanApi.staff(pup)).when().get("/api/v1/plans/" + plan).then().body("goals[0].needs", contains("DIGITAL"));
    }

    @Test
    void anInstitutionWithoutAnArticle9BasisDiagnosesOnlyTheOtherAreas() {
        Map<String, Object> body = new HashMap<>();
        body.put("madeOn", LocalDate.now().toString());
        body.put("validUntil", LocalDate.now().plusMonths(3).toString());
        body.put("areas", List.of(area("MOBILITY", "STRENGTH", "Prawo jazdy kat. B"), area("FINANCES", "NEED", "Zadłużenie")));
        given().auth().oauth2(PlanApi.staff(pup)).contentType("application/json").body(body)
                .when().post("/api/v1/plans/" + plan + "/diagnoses").then().statusCode(422)
                .body("errors.field", contains("areas[1].area")).body("errors.code", contains("no-article-9-basis"));
        body.put("areas", List.of(area("MOBILITY", "STRENGTH", "Prawo jazdy kat. B"), area("MOBILITY", "NEED", null)));
        given().auth().oauth2(PlanApi.staff(pup)).contentType("application/json").body(body)
                .when().post("/api/v1/plans/" + plan + "/diagnoses").then().statusCode(422)
                .body("errors.field", contains("areas[1].area")).body("errors.code", contains("duplicate"));
        body.put("areas", List.of(area("MOBILITY", "STRENGTH", "Prawo jazdy kat. B")));
        body.put("validUntil", LocalDate.now().minusDays(1).toString());
        given().auth().oauth2(PlanApi.staff(pup)).contentType("application/json").body(body)
                .when().post("/api/v1/plans/" + plan + "/diagnoses").then().statusCode(422)
                .body("errors.field", contains("validUntil"));
        body.put("validUntil", LocalDate.now().plusMonths(3).toString());
        given().auth().oauth2(PlanApi.staff(pup)).contentType("application/json").body(body)
                .when().post("/api/v1/plans/" + plan + "/diagnoses").then().statusCode(201)
                .body("diagnoses[0].institution.id", equalTo(pup.id.toString()))
                .body("diagnoses[0].areas.find { it.area == 'MOBILITY' }.assessment", equalTo("STRENGTH"));
        Institution outsider = data.institution().type(InstitutionType.OPS).create();
        given().auth().oauth2(PlanApi.staff(outsider)).contentType("application/json").body(body)
                .when().post("/api/v1/plans/" + plan + "/diagnoses").then().statusCode(404);
    }
}
