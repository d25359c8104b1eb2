package pl.synergia.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.testsupport.Json;
import pl.synergia.testsupport.OutboxProbe;
import pl.synergia.testsupport.OutboxProbe.Row;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * A change of a directory entry (INSTITUTION_UPDATED) or of its offerings (OFFERING_CHANGED) writes
 * its event for the integration feed in the change's own transaction, addressed to the entry (and
 * its operator), with ids and codes only.
 */
@QuarkusTest
class DirectoryEventsTest {

    @Inject
    TestData data;

    @Inject
    OutboxProbe outbox;

    private static String coordinatorOf(Institution institution) {
        return Tokens.user("coord").roles("staff", "coordinator").institution(institution.id).sign();
    }

    private long version(UUID id) {
        return given().auth().oauth2(coordinatorOf(data.institution().create())).when().get("/api/v1/institutions/" + id)
                .then().statusCode(200).extract().jsonPath().getLong("version");
    }

    @Test
    void institutionUpdated() throws Exception {
        Institution operator = data.institution().type(pl.synergia.shared.institution.InstitutionType.NGO).create();
        Institution kis = data.institution().type(pl.synergia.shared.institution.InstitutionType.KIS).operator(operator).create();
        String name = TestData.unique("Klub Integracji Społecznej");
        Map<String, Object> body = Json.with(Json.with(Json.institution(name), "operatorId", operator.id.toString()), "email",
                "kontakt@kis.example.org");
        try (AutoCloseable failing = outbox.failCommitOfEventsAbout(kis.id)) {
            given().auth().oauth2(coordinatorOf(kis)).contentType("application/json").header("If-Match", "\"0\"").body(body)
                    .when().put("/api/v1/institutions/" + kis.id).then().statusCode(greaterThanOrEqualTo(500));
        }
        assertEquals(0, version(kis.id), "the failed change left no trace");
        assertEquals(0, outbox.count("institution_change", "institution_id", kis.id));

        given().auth().oauth2(coordinatorOf(kis)).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/institutions/" + kis.id).then().statusCode(200);
        Row updated = outbox.single(kis.id, "pl.synergia.institution.updated");
        assertEquals(Set.of(kis.id, operator.id), updated.audience());
        assertEquals("UPDATED", updated.data().get("action"));
        assertEquals("KIS", updated.data().get("institutionType"));
        assertEquals(kis.id.toString(), updated.data().get("byInstitutionId"));
        assertEquals("1408011", updated.areaTeryt());
        assertEquals(outbox.xmin("institution", "id", kis.id), updated.xmin());
        OutboxProbe.assertNoPersonalData(updated, name, "kontakt@kis");
    }

    @Test
    void offeringChanged() throws Exception {
        Institution own = data.institution().create();
        Map<String, Object> offering = Map.of("serviceCode", "OPS_SOCIAL_WORK", "places", 12, "schedule", "pon.–pt. 8:00–15:00");
        try (AutoCloseable failing = outbox.failCommitOfEventsAbout(own.id)) {
            given().auth().oauth2(coordinatorOf(own)).contentType("application/json").header("If-Match", "\"0\"").body(offering)
                    .when().post("/api/v1/institutions/" + own.id + "/offerings").then().statusCode(greaterThanOrEqualTo(500));
        }
        assertEquals(0, outbox.count("offering", "institution_id", own.id));

        String offeringId = given().auth().oauth2(coordinatorOf(own)).contentType("application/json").header("If-Match", "\"0\"")
                .body(offering).when().post("/api/v1/institutions/" + own.id + "/offerings").then().statusCode(200)
                .extract().path("offerings[0].id");
        Row changed = outbox.single(own.id, "pl.synergia.institution.offering-changed");
        assertEquals(Set.of(own.id), changed.audience());
        assertEquals("OFFERING_ADDED", changed.data().get("action"));
        assertEquals(offeringId, changed.data().get("offeringId"));
        assertEquals(outbox.xmin("offering", "id", UUID.fromString(offeringId)), changed.xmin());
        OutboxProbe.assertNoPersonalData(changed, "pon.");
    }
}
