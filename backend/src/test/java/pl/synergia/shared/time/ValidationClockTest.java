package pl.synergia.shared.time;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import pl.synergia.directory.Institution;
import pl.synergia.plan.PlanApi;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestClock;
import pl.synergia.testsupport.TestData;

/** Date constraints of requests ("not in the future") read the application's clock in Warsaw time. */
@QuarkusTest
class ValidationClockTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void todayIsTheDayInPolandWhateverTheServersZoneAndTheValidatorReadsTheApplicationsClock() {
        Institution ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        Institution pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        String client = PlanApi.registerClient(ops, "Anna", TestData.unique("Nowak"), PlanApi.pesel(), false);

        // 23:30 UTC on 10 March 2024 is 00:30 on 11 March in Warsaw: the 11th is today, the 12th the future
        clock.set(Instant.parse("2024-03-10T23:30:00Z"));
        share(ops, client, pup, "2024-03-12").then().statusCode(422).body("errors.field", hasItem("givenOn"));
        share(ops, client, pup, "2024-03-11").then().statusCode(201);
    }

    private static Response share(Institution ops, String client, Institution with, String givenOn) {
        return given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json")
                .body(Map.of("institutionId", with.id.toString(), "purpose", "Aktywizacja zawodowa",
                        "legalBasis", "PUBLIC_TASK_ART_6_1_E", "includesSensitive", false, "givenOn", givenOn))
                .when().post("/api/v1/clients/" + client + "/sharing");
    }
}
