package pl.synergia.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The accessibility statement's data is public: anyone reads it without login. */
@QuarkusTest
class AccessibilityStatementTest {

    @Test
    void anyoneReadsTheStatementsDataWithoutLogin() {
        given().when().get("/api/v1/public/accessibility-statement").then().statusCode(200)
                .body("entityName", equalTo("Operator platformy Synergia"))
                .body("compliance", equalTo("PARTIAL"))
                .body("contactEmail", equalTo("dostepnosc@synergia.example.org"))
                .body("publishedOn", matchesPattern("\\d{4}-\\d{2}-\\d{2}"))
                .body("preparedOn", matchesPattern("\\d{4}-\\d{2}-\\d{2}"));
    }
}
