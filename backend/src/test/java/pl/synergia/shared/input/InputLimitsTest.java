package pl.synergia.shared.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import pl.synergia.directory.Institution;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * The limits every input has unless its field declares a tighter one (ADR 0041), as openapi.yaml
 * declares them: refused with problem+json naming the field, nothing stored.
 */
@QuarkusTest
class InputLimitsTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private Institution ops;

    @BeforeEach
    void institution() {
        ops = data.institution().create();
    }

    private RequestSpecification staff() {
        return given().auth().oauth2(Tokens.user("staff-" + ops.id).roles("staff").institution(ops.id).sign())
                .contentType("application/json");
    }

    private long clientsNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from client where last_name = ?1").setParameter(1, name).getSingleResult()).longValue());
    }

    @Test
    void aStringLongerThanTheTextLimitIs422TooLongBeforeAnythingElse() {
        String lastName = TestData.unique("Długa");
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "a".repeat(InputLimits.TEXT_MAX + 1));
        body.put("lastName", lastName);
        body.put("gminaTeryt", "1408011");
        body.put("birthDate", "1980-01-01");
        staff().body(body).when().post("/api/v1/clients")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("firstName"))
                .body("errors[0].code", equalTo("too-long"));
        assertEquals(0, clientsNamed(lastName));
    }

    @Test
    void anArrayLargerThanTheItemLimitIs422TooLong() {
        List<String> goals = new ArrayList<>();
        for (int i = 0; i <= InputLimits.ITEMS_MAX; i++) {
            goals.add("Cel " + i);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", UUID.randomUUID().toString());
        body.put("title", "Plan");
        body.put("goals", goals);
        staff().body(body).when().post("/api/v1/plans")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("goals"))
                .body("errors[0].code", equalTo("too-long"));
    }

    @Test
    void aQueryParameterLongerThanTheParameterLimitIs400() {
        staff().queryParam("q", "x".repeat(InputLimits.PARAMETER_MAX + 1)).when().get("/api/v1/institutions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].code", equalTo("too-long"));
        staff().queryParam("q", "x".repeat(InputLimits.PARAMETER_MAX)).when().get("/api/v1/institutions")
                .then().statusCode(200);
    }

    @Test
    void aQueryParameterRepeatedTooOftenIs400() {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i <= InputLimits.PARAMETER_REPEATS_MAX; i++) {
            query.append(i == 0 ? "" : "&").append("type=CIS");
        }
        staff().when().get("/api/v1/institutions?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].code", equalTo("too-many"));
    }

    @Test
    void aPathSegmentLongerThanTheParameterLimitIs400() {
        staff().when().get("/api/v1/catalogue/services/" + "X".repeat(InputLimits.PARAMETER_MAX + 1))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("too-long"));
    }

    @Test
    void aPageBeyondTheLastAcceptedIs400() {
        staff().queryParam("page", InputLimits.PAGE_MAX + 1).when().get("/api/v1/institutions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].code", equalTo("out-of-range"));
        staff().queryParam("page", InputLimits.PAGE_MAX).when().get("/api/v1/institutions")
                .then().statusCode(200);
    }

    @Test
    void aDeclaredHeaderLongerThanTheParameterLimitIs400() {
        staff().header("If-Match", "\"" + "1".repeat(InputLimits.PARAMETER_MAX) + "\"").body("{}")
                .when().put("/api/v1/institutions/" + ops.id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"))
                .body("errors[0].code", equalTo("too-long"));
    }
}
