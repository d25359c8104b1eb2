package pl.synergia.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import pl.synergia.directory.Institution;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Every UUID parameter answers a malformed value with 400 problem+json naming the parameter
 * (Quarkus REST alone would answer 404, and would accept {@code 1-2-3-4-5}); a well-formed id of
 * nothing is still 404.
 */
@QuarkusTest
class UuidParametersTest {

    private static final String MALFORMED_TYPE = "urn:synergia:problem:validation";

    @Inject
    TestData data;

    private String staff;

    @BeforeEach
    void staffOfAnInstitution() {
        Institution ops = data.institution().create();
        staff = Tokens.user("staff-" + ops.id).roles("staff").institution(ops.id).sign();
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/partnerships/%s, id",
            "/api/v1/institutions/%s/history, id",
            "/api/v1/plans/%s, id",
            "/api/v1/clients/%s, id",
            "/api/v1/hsds/taxonomies/%s, id",
            "/api/v1/partnerships/a1000000-0000-4000-8000-000000000001/stakeholders/%s, stakeholderId",
            "/api/v1/partnerships/a1000000-0000-4000-8000-000000000001/zsl/meetings/%s, meetingId" })
    void malformedIdIs400ProblemNamingTheParameter(String path, String parameter) {
        for (String malformed : new String[] { "not-a-uuid", "1-2-3-4-5", "a1000000-0000-4000-8000-00000000000Z" }) {
            given().auth().oauth2(staff).when().get(path.formatted(malformed))
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(MALFORMED_TYPE))
                    .body("title", equalTo("Invalid request parameters"))
                    .body("status", equalTo(400))
                    .body("instance", equalTo(path.formatted(malformed)))
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo(parameter))
                    .body("errors[0].code", equalTo("not-a-uuid"))
                    .body("errors[0].message", equalTo("must be a UUID"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/partnerships/%s", "/api/v1/institutions/%s/history", "/api/v1/plans/%s",
            "/api/v1/clients/%s", "/api/v1/hsds/taxonomies/%s" })
    void wellFormedIdOfNothingIsStill404(String path) {
        given().auth().oauth2(staff).when().get(path.formatted(UUID.randomUUID()))
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void upperCaseHexIsAnId() {
        given().auth().oauth2(staff).when().get("/api/v1/partnerships/" + UUID.randomUUID().toString().toUpperCase())
                .then().statusCode(404);
    }

    @Test
    void aChangeWithAMalformedIdIs400BeforeItsBodyIsLookedAt() {
        given().auth().oauth2(staff).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("title", ""))
                .when().put("/api/v1/plans/" + UUID.randomUUID() + "/steps/not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("stepId"));
    }

    @Test
    void withoutATokenItIs401NotAnAnswerAboutTheId() {
        given().when().get("/api/v1/partnerships/not-a-uuid")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void publicAddressesCheckTheirIdsToo() {
        given().when().get("/api/v1/public/partnerships/not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
        given().when().get("/api/v1/public/partnerships/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void queryAndHeaderParametersAreCheckedTheSameWay() {
        UUID institution = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        anyone().queryParam("institution", institution.toString()).header("X-Plan", plan.toString())
                .when().get("/api/v1/test-uuid-parameters")
                .then().statusCode(200).body(equalTo(institution + " " + plan));
        anyone().queryParam("institution", "1-2-3-4-5")
                .when().get("/api/v1/test-uuid-parameters")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(MALFORMED_TYPE))
                .body("errors[0].field", equalTo("institution"))
                .body("errors[0].code", equalTo("not-a-uuid"));
        anyone().header("X-Plan", "nope")
                .when().get("/api/v1/test-uuid-parameters")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("X-Plan"));
    }

    @Test
    void anEmptyQueryParameterIsAnAbsentOne() {
        anyone().queryParam("institution", "")
                .when().get("/api/v1/test-uuid-parameters")
                .then().statusCode(200).body(equalTo("null null"));
    }

    private static RequestSpecification anyone() {
        return given();
    }
}
