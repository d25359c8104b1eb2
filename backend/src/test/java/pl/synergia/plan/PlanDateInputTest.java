package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.testsupport.TestData;

/** Issue #13: a meeting's {@code "heldOn":12345} was stored as 2003-10-18 (a number read as days since 1970). */
@QuarkusTest
class PlanDateInputTest {

    @Inject
    TestData data;

    @Test
    void aMeetingDateGivenAsANumberIsRefusedAndNothingIsRecorded() {
        Institution ops = data.institution().create();
        String client = PlanApi.registerClient(ops, "Ewa", TestData.unique("Kowal"), PlanTest.pesel(), false);
        String plan = PlanApi.createPlan(ops, client, "Plan", List.of("Praca"), List.of());
        given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json")
                .body("{\"heldOn\":12345,\"attendees\":\"klientka\"}")
                .when().post("/api/v1/plans/" + plan + "/meetings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("heldOn"))
                .body("errors[0].code", equalTo("not-a-date"));
        given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + plan)
                .then().statusCode(200).body("meetings", hasSize(0));
    }
}
