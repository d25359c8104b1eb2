package pl.synergia.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.testsupport.Tokens;

/** Cross-cutting HTTP behaviour: unknown routes, health, CORS, the API docs, unannotated endpoints. */
@QuarkusTest
class HttpBehaviourTest {

    @Test
    void unknownApiRouteIs404Problem() {
        given().auth().oauth2(Tokens.user("ewa").roles("staff").sign())
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void unknownApiRouteWithoutTokenIsAlso404Problem() {
        given().when().get("/api/v2/institutions")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unsupportedMethodIs405Problem() {
        given().auth().oauth2(Tokens.user("ewa").roles("staff").sign())
                .contentType("application/json").body("{}")
                .when().delete("/api/v1/me")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void endpointWithoutSecurityAnnotationIsDenied() {
        given().auth().oauth2(Tokens.user("admin").roles("admin").sign())
                .when().get("/api/v1/test-unannotated")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void readinessReportsTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("database"));
    }

    @Test
    void corsAllowsTheSpaOrigin() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/institutions")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }

    @Test
    void corsRefusesOtherOrigins() {
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/institutions")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("Synergia API"));
    }

    @Test
    void errorsCarryNoJavaInternals() {
        given().auth().oauth2(Tokens.user("ewa").roles("staff").sign())
                .when().get("/api/v1/institutions/zzz?size=abc")
                .then().statusCode(400)
                .body(not(containsString("Exception")))
                .body(not(containsString("pl.synergia")));
    }
}
