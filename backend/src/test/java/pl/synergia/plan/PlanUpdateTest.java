package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;

/** PUT /api/v1/plans/{id}: title, period and goals by the lead; new goals, order, version, and refused input storing nothing. */
@QuarkusTest
class PlanUpdateTest {

    @Inject
    TestData data;

    private Institution ops;
    private String plan;

    @BeforeEach
    void planWithTwoGoals() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        String client = PlanApi.registerClient(ops, "Zofia", TestData.unique("Wójcik"), PlanTest.pesel(), false);
        plan = PlanApi.createPlan(ops, client, "Powrót na rynek pracy", List.of("Podjęcie zatrudnienia", "Ukończenie szkolenia"),
                List.of());
    }

    private JsonPath read() {
        return given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + plan).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> goal(String id, String description) {
        Map<String, Object> goal = new HashMap<>();
        goal.put("id", id);
        goal.put("description", description);
        return goal;
    }

    private Response put(String etag, String title, List<Map<String, Object>> goals) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("periodFrom", LocalDate.now().minusDays(40).toString());
        body.put("periodTo", LocalDate.now().plusDays(300).toString());
        body.put("goals", goals);
        return given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/api/v1/plans/" + plan);
    }

    @Test
    void aNewGoalIsAddedBetweenTheKeptOnesInTheOrderGiven() {
        JsonPath before = read();
        String employment = before.getString("goals.find { it.description == 'Podjęcie zatrudnienia' }.id");
        String training = before.getString("goals.find { it.description == 'Ukończenie szkolenia' }.id");
        long version = before.getLong("version");

        put("\"" + version + "\"", "Powrót na rynek pracy 2026",
                List.of(goal(training, "Ukończenie szkolenia"), goal(null, "  Znalezienie mieszkania  "),
                        goal(employment, "Podjęcie zatrudnienia na pełny etat")))
                .then().statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"")
                .body("version", equalTo((int) version + 1))
                .body("title", equalTo("Powrót na rynek pracy 2026"))
                .body("goals.description", contains("Ukończenie szkolenia", "Znalezienie mieszkania", "Podjęcie zatrudnienia na pełny etat"))
                .body("goals.position", contains(1, 2, 3))
                .body("goals[1].id", notNullValue());

        JsonPath after = read();
        assertEquals(List.of("Ukończenie szkolenia", "Znalezienie mieszkania", "Podjęcie zatrudnienia na pełny etat"),
                after.getList("goals.description"));
        assertEquals(List.of(training, after.getString("goals[1].id"), employment), after.getList("goals.id"),
                "kept goals keep their ids; the new one has its own");
        assertEquals(version + 1, after.getLong("version"));
    }

    @Test
    void onlyNewGoalsReplaceTheOldOnes() {
        JsonPath before = read();
        put("\"" + before.getLong("version") + "\"", "Plan",
                List.of(goal(null, "Pierwszy nowy cel"), goal(null, "Drugi nowy cel")))
                .then().statusCode(200).body("goals.description", contains("Pierwszy nowy cel", "Drugi nowy cel"));
        assertEquals(List.of("Pierwszy nowy cel", "Drugi nowy cel"), read().getList("goals.description"));
    }

    @Test
    void badGoalsAre422WithEveryErrorAndNothingIsStored() {
        JsonPath before = read();
        String etag = "\"" + before.getLong("version") + "\"";
        String employment = before.getString("goals[0].id");

        Response blank = put(etag, "Zmieniony tytuł", List.of(goal(employment, "Podjęcie zatrudnienia"), goal(null, "   ")));
        assertEquals(422, blank.statusCode());
        assertEquals("application/problem+json", blank.contentType());
        assertEquals(List.of("goals[1].description"), blank.jsonPath().getList("errors.field"));
        assertEquals(List.of("NotBlank"), blank.jsonPath().getList("errors.code"));

        Response foreign = put(etag, "Zmieniony tytuł", List.of(goal(UUID.randomUUID().toString(), "Cudzy cel"),
                goal(null, "Nowy cel")));
        assertEquals(422, foreign.statusCode());
        assertEquals("application/problem+json", foreign.contentType());
        assertEquals(List.of("goals[0].id"), foreign.jsonPath().getList("errors.field"));
        assertEquals(List.of("invalid-reference"), foreign.jsonPath().getList("errors.code"));

        Response tooLong = put(etag, "Zmieniony tytuł", List.of(goal(null, "x".repeat(2001))));
        assertEquals(422, tooLong.statusCode());
        assertEquals(List.of("goals[0].description"), tooLong.jsonPath().getList("errors.field"));
        assertFalse(tooLong.asString().contains("xxxxxxxxxx"), "the submitted text is not echoed");

        JsonPath after = read();
        assertEquals(before.getString("title"), after.getString("title"));
        assertEquals(before.getList("goals.id"), after.getList("goals.id"));
        assertEquals(before.getList("goals.description"), after.getList("goals.description"));
        assertEquals(before.getLong("version"), after.getLong("version"));
    }
}
