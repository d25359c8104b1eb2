package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/** A step may name the offering it uses: the owner's own offering of the step's service, checked through the directory's port. */
@QuarkusTest
class StepOfferingTest {

    @Inject
    TestData data;

    private static String offer(Institution institution, long version, String serviceCode) {
        return given().auth().oauth2(Tokens.user("coord").roles("staff", "coordinator").institution(institution.id).sign())
                .contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(Map.of("serviceCode", serviceCode, "places", 10))
                .when().post("/api/v1/institutions/" + institution.id + "/offerings").then().statusCode(200)
                .extract().path("offerings.find { it.service.code == '" + serviceCode + "' }.id");
    }

    private static Map<String, Object> step(Institution owner, String serviceCode, String offeringId) {
        Map<String, Object> body = new HashMap<>();
        body.put("ownerInstitutionId", owner.id.toString());
        body.put("serviceCode", serviceCode);
        body.put("offeringId", offeringId);
        body.put("title", "Reintegracja w CIS");
        body.put("plannedStart", LocalDate.now().toString());
        body.put("plannedEnd", LocalDate.now().plusDays(60).toString());
        return body;
    }

    @Test
    void aStepNamesOnlyItsOwnersOfferingOfItsService() {
        Institution ops = data.institution().type(InstitutionType.OPS).create();
        Institution cis = data.institution().type(InstitutionType.CIS).create();
        Institution other = data.institution().type(InstitutionType.CIS).create();
        String cisReintegration = offer(cis, 0, "VOCATIONAL_REINTEGRATION");
        String cisIpzs = offer(cis, 1, "CIS_IPZS_2022");
        String otherReintegration = offer(other, 0, "VOCATIONAL_REINTEGRATION");
        String client = PlanApi.registerClient(ops, "Ewa", TestData.unique("Lis"), PlanTest.pesel(), false);
        PlanApi.share(ops, client, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "Reintegracja");
        String plan = PlanApi.createPlan(ops, client, "Plan", List.of("Praca"), List.of(cis));
        String url = "/api/v1/plans/" + plan + "/steps";

        for (String wrong : List.of(otherReintegration, cisIpzs, java.util.UUID.randomUUID().toString())) {
            given().auth().oauth2(PlanApi.staff(cis)).contentType("application/json")
                    .body(step(cis, "VOCATIONAL_REINTEGRATION", wrong)).when().post(url)
                    .then().statusCode(422).body("errors.field", contains("offeringId"))
                    .body("errors.code", contains("invalid-reference"));
        }
        given().auth().oauth2(PlanApi.staff(cis)).contentType("application/json")
                .body(step(cis, "VOCATIONAL_REINTEGRATION", cisReintegration)).when().post(url)
                .then().statusCode(201).body("steps.size()", equalTo(1)).body("steps[0].offeringId", equalTo(cisReintegration))
                .body("steps[0].service.code", equalTo("VOCATIONAL_REINTEGRATION"))
                .body("steps[0].service.namePl", equalTo("Reintegracja zawodowa"));
    }
}
