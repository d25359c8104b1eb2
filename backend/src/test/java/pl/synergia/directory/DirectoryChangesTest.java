package pl.synergia.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.Json;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/** Creating and changing directory entries: who may, what is checked, what is kept. */
@QuarkusTest
class DirectoryChangesTest {

    @Inject
    TestData data;

    private static String admin() {
        return Tokens.user("admin").roles("admin").sign();
    }

    private static String coordinatorOf(Institution institution) {
        return Tokens.user("coord").roles("staff", "coordinator").institution(institution.id).sign();
    }

    private static long countNamed(String name) {
        return given().auth().oauth2(admin()).queryParam("q", name).queryParam("includeInactive", true)
                .when().get("/api/v1/institutions").then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    @Test
    void adminCreatesAnEntryWithEveryField() {
        String name = TestData.unique("Klub Integracji Społecznej");
        ExtractableResponse<Response> created = given().auth().oauth2(admin()).contentType("application/json")
                .body(Json.institution(name))
                .when().post("/api/v1/institutions")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("type", equalTo("KIS"))
                .body("stakeholderRole", equalTo("KEY"))
                .body("gmina.name", equalTo("Legionowo"))
                .body("contacts.email", equalTo("kis@example.org"))
                .body("identifiers.nip", equalTo("5260250274"))
                .body("officialStatus.kind", equalTo("KIS_REGISTER"))
                .body("officialStatusState", equalTo("VALID"))
                .body("places", equalTo(20))
                .body("cooperationAreas", contains("reintegracja społeczna", "praca socjalna"))
                .body("active", equalTo(true))
                .body("editable", equalTo(true))
                .extract();
        String id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/v1/institutions/" + id));
        given().auth().oauth2(admin()).when().get("/api/v1/institutions/" + id + "/history")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("CREATED"))
                .body("items[0].changedBy", equalTo("Test admin"))
                .body("items[0].changes.find { it.field == 'name' }.newValue", equalTo(name));
    }

    @Test
    void onlyAdminsCreate() {
        Institution own = data.institution().create();
        given().auth().oauth2(coordinatorOf(own)).contentType("application/json")
                .body(Json.institution(TestData.unique("KIS"))).when().post("/api/v1/institutions")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void invalidValuesAre422WithEveryFieldAndNothingIsStored() {
        String name = TestData.unique("Nieudany wpis");
        Map<String, Object> body = Json.institution(name);
        body.put("nip", "5260250275");
        body.put("regon", "123");
        body.put("email", "not-an-email");
        body.put("address", Map.of("postalCode", "05120"));
        body.put("places", -1);
        body.put("website", "kis.example.org");
        given().auth().oauth2(admin()).contentType("application/json").body(body)
                .when().post("/api/v1/institutions")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:synergia:problem:validation"))
                .body("errors.field", hasItems("nip", "regon", "email", "address.postalCode", "places", "website"))
                .body("errors.find { it.field == 'nip' }.code", equalTo("Nip"))
                .body("errors.find { it.field == 'email' }.code", equalTo("Email"))
                .body("errors.find { it.field == 'address.postalCode' }.code", equalTo("Pattern"));
        assertEquals(0, countNamed(name));
    }

    @Test
    void missingRequiredFieldsAre422() {
        given().auth().oauth2(admin()).contentType("application/json").body(Map.of("name", " "))
                .when().post("/api/v1/institutions")
                .then().statusCode(422)
                .body("errors.field", hasItems("type", "name", "gminaTeryt"));
    }

    @Test
    void onlyASocialCooperativeHasAProfile() {
        String cooperative = TestData.unique("Spółdzielnia Socjalna Razem");
        Map<String, Object> body = Json.with(Json.institution(cooperative), "type", "SPOLDZIELNIA");
        body.put("officialStatus", null);
        body.put("cooperativeProfile", "MIXED");
        given().auth().oauth2(admin()).contentType("application/json").body(body)
                .when().post("/api/v1/institutions")
                .then().statusCode(201).body("cooperativeProfile", equalTo("MIXED"));
        String ops = TestData.unique("Ośrodek");
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Json.with(Json.with(Json.institution(ops), "type", "OPS"), "cooperativeProfile", "SERVICE"))
                .when().post("/api/v1/institutions")
                .then().statusCode(422)
                .body("errors.field", contains("cooperativeProfile"))
                .body("errors.code", contains("invalid-for-type"));
        assertEquals(0, countNamed(ops));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Json.with(Json.institution(TestData.unique("Spółdzielnia")), "cooperativeProfile", "ROLNICZY"))
                .when().post("/api/v1/institutions")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownGminaAndOperatorAre422() {
        String name = TestData.unique("Wpis");
        Map<String, Object> body = Json.with(Json.institution(name), "gminaTeryt", "9999999");
        body.put("operatorId", java.util.UUID.randomUUID().toString());
        given().auth().oauth2(admin()).contentType("application/json").body(body)
                .when().post("/api/v1/institutions")
                .then().statusCode(422)
                .body("type", equalTo("urn:synergia:problem:unprocessable"))
                .body("errors.field", hasItems("gminaTeryt", "operatorId"))
                .body("errors.code", everyItem(equalTo("invalid-reference")));
        assertEquals(0, countNamed(name));
    }

    @Test
    void malformedJsonIs400() {
        given().auth().oauth2(admin()).contentType("application/json").body("{\"name\": ")
                .when().post("/api/v1/institutions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:synergia:problem:malformed-body"));
        given().auth().oauth2(admin()).contentType("application/json").body("{\"type\": \"CASTLE\", \"name\": \"x\", \"gminaTeryt\": \"1408011\"}")
                .when().post("/api/v1/institutions")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void coordinatorChangesOwnEntryAndTheHistoryKeepsOldAndNew() {
        Institution own = data.institution().type(InstitutionType.OPS).create();
        String newName = TestData.unique("Centrum Usług Społecznych");
        given().auth().oauth2(coordinatorOf(own)).contentType("application/json").header("If-Match", "\"0\"")
                .body(Json.with(Json.with(Json.institution(newName), "type", "CUS"), "officialStatus", null))
                .when().put("/api/v1/institutions/" + own.id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo(newName))
                .body("stakeholderRole", equalTo("SUPPORTING"));
        given().auth().oauth2(coordinatorOf(own)).when().get("/api/v1/institutions/" + own.id + "/history")
                .then().statusCode(200)
                .body("items[0].action", equalTo("UPDATED"))
                .body("items[0].changes.find { it.field == 'name' }.oldValue", equalTo(own.name))
                .body("items[0].changes.find { it.field == 'name' }.newValue", equalTo(newName))
                .body("items[0].changes.find { it.field == 'type' }.oldValue", equalTo("OPS"));
    }

    @Test
    void coordinatorOfTheOperatorChangesTheEntryItRuns() {
        Institution ngo = data.institution().type(InstitutionType.NGO).create();
        Institution kis = data.institution().type(InstitutionType.KIS).operator(ngo).create();
        given().auth().oauth2(coordinatorOf(ngo)).when().get("/api/v1/institutions/" + kis.id)
                .then().statusCode(200).body("editable", equalTo(true)).body("operator.id", equalTo(ngo.id.toString()));
        given().auth().oauth2(coordinatorOf(ngo)).when().get("/api/v1/institutions/" + ngo.id)
                .then().statusCode(200).body("operates.id", contains(kis.id.toString()));
        given().auth().oauth2(coordinatorOf(ngo)).contentType("application/json").header("If-Match", "\"0\"")
                .body(Json.with(Json.institution(kis.name), "operatorId", ngo.id.toString()))
                .when().put("/api/v1/institutions/" + kis.id)
                .then().statusCode(200);
    }

    @Test
    void othersMayNotChangeAnEntry() {
        Institution target = data.institution().create();
        Institution other = data.institution().create();
        Map<String, Object> body = Json.institution(target.name);
        given().auth().oauth2(coordinatorOf(other)).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/institutions/" + target.id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("ewa").roles("staff").institution(target.id).sign()).contentType("application/json")
                .header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/institutions/" + target.id)
                .then().statusCode(403);
        for (String role : List.of("regional-analyst", "integration")) {
            given().auth().oauth2(Tokens.user("x").roles(role).institution(target.id).sign()).contentType("application/json")
                    .header("If-Match", "\"0\"").body(body)
                    .when().put("/api/v1/institutions/" + target.id)
                    .then().statusCode(403);
        }
        given().auth().oauth2(coordinatorOf(other)).when().get("/api/v1/institutions/" + target.id)
                .then().statusCode(200).body("editable", equalTo(false));
    }

    @Test
    void changeWithoutIfMatchIs428AndStaleVersionIs412WithNothingLost() {
        Institution own = data.institution().create();
        String first = TestData.unique("Pierwsza zmiana");
        String second = TestData.unique("Druga zmiana");
        given().auth().oauth2(coordinatorOf(own)).contentType("application/json").body(Json.institution(first))
                .when().put("/api/v1/institutions/" + own.id)
                .then().statusCode(428).contentType("application/problem+json");
        // two caseworkers loaded version 0; the first saves, the second's save is refused
        given().auth().oauth2(coordinatorOf(own)).contentType("application/json").header("If-Match", "\"0\"")
                .body(Json.institution(first))
                .when().put("/api/v1/institutions/" + own.id).then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(coordinatorOf(own)).contentType("application/json").header("If-Match", "\"0\"")
                .body(Json.institution(second))
                .when().put("/api/v1/institutions/" + own.id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:synergia:problem:stale-version"));
        given().auth().oauth2(coordinatorOf(own)).when().get("/api/v1/institutions/" + own.id)
                .then().statusCode(200).body("name", equalTo(first)).body("version", equalTo(1));
        given().auth().oauth2(coordinatorOf(own)).contentType("application/json").header("If-Match", "W/\"1\"")
                .body(Json.institution(second))
                .when().put("/api/v1/institutions/" + own.id).then().statusCode(412);
    }

    @Test
    void deactivatedEntriesLeaveSearchesButKeepTheirPage() {
        Institution own = data.institution().name(TestData.unique("Do wygaszenia")).create();
        given().auth().oauth2(coordinatorOf(own)).header("If-Match", "\"0\"")
                .when().post("/api/v1/institutions/" + own.id + "/deactivation")
                .then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(admin()).queryParam("q", own.name)
                .when().get("/api/v1/institutions").then().statusCode(200).body("totalItems", equalTo(0));
        assertEquals(1, countNamed(own.name));
        given().auth().oauth2(coordinatorOf(own)).when().get("/api/v1/institutions/" + own.id)
                .then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(coordinatorOf(own)).header("If-Match", "\"1\"")
                .when().delete("/api/v1/institutions/" + own.id + "/deactivation")
                .then().statusCode(200).body("active", equalTo(true));
        given().auth().oauth2(admin()).when().get("/api/v1/institutions/" + own.id + "/history")
                .then().body("items.action", contains("REACTIVATED", "DEACTIVATED"));
    }

    @Test
    void offeringsAreAddedChangedAndRemovedWithTheEntryVersion() {
        Institution own = data.institution().type(InstitutionType.PUP).create();
        String serviceCode = anyServiceCode();
        String offeringId = given().auth().oauth2(coordinatorOf(own)).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("serviceCode", serviceCode, "places", 12, "schedule", "pon.–pt. 8:00–15:00"))
                .when().post("/api/v1/institutions/" + own.id + "/offerings")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("offerings.service.code", contains(serviceCode))
                .body("offerings[0].status", equalTo("ACTIVE"))
                .extract().path("offerings[0].id");
        given().auth().oauth2(admin()).queryParam("service", serviceCode).queryParam("teryt", "1408")
                .when().get("/api/v1/offerings")
                .then().statusCode(200).body("items.institution.id", hasItem(own.id.toString()));
        given().auth().oauth2(admin()).queryParam("service", serviceCode).queryParam("q", own.name)
                .when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(own.id.toString()));
        given().auth().oauth2(coordinatorOf(own)).contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("serviceCode", serviceCode, "places", 15, "status", "SUSPENDED"))
                .when().put("/api/v1/institutions/" + own.id + "/offerings/" + offeringId)
                .then().statusCode(200).header("ETag", "\"2\"").body("offerings[0].places", equalTo(15));
        given().auth().oauth2(coordinatorOf(own)).header("If-Match", "\"2\"")
                .when().delete("/api/v1/institutions/" + own.id + "/offerings/" + offeringId)
                .then().statusCode(200).body("offerings.size()", equalTo(0));
        given().auth().oauth2(admin()).when().get("/api/v1/institutions/" + own.id + "/history")
                .then().body("items.action", contains("OFFERING_REMOVED", "OFFERING_UPDATED", "OFFERING_ADDED"))
                .body("items[1].changes.find { it.field == 'offering.places' }.oldValue", equalTo(12));
    }

    @Test
    void offeringOfAnUnknownServiceIs422() {
        Institution own = data.institution().create();
        given().auth().oauth2(coordinatorOf(own)).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("serviceCode", "NO_SUCH_SERVICE"))
                .when().post("/api/v1/institutions/" + own.id + "/offerings")
                .then().statusCode(422).body("errors.field", contains("serviceCode"));
        given().auth().oauth2(admin()).when().get("/api/v1/institutions/" + own.id)
                .then().body("offerings.size()", equalTo(0)).body("version", equalTo(0));
    }

    @Test
    void officialStatusEndingWithin90DaysIsFlagged() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw"));
        Institution cis = data.institution().type(InstitutionType.CIS)
                .officialStatus(OfficialStatusKind.CIS_STATUS, today.minusYears(1), today.plusDays(30)).create();
        Institution expired = data.institution().type(InstitutionType.CIS)
                .officialStatus(OfficialStatusKind.CIS_STATUS, today.minusYears(2), today.minusDays(1)).create();
        given().auth().oauth2(admin()).when().get("/api/v1/institutions/" + cis.id)
                .then().body("officialStatusState", equalTo("EXPIRING_SOON"));
        given().auth().oauth2(admin()).when().get("/api/v1/institutions/" + expired.id)
                .then().body("officialStatusState", equalTo("EXPIRED"));
        given().auth().oauth2(admin()).queryParam("statusValidOn", today.toString()).queryParam("size", 100)
                .queryParam("q", cis.name)
                .when().get("/api/v1/institutions").then().body("items.id", contains(cis.id.toString()));
        given().auth().oauth2(admin()).queryParam("statusValidOn", today.toString()).queryParam("q", expired.name)
                .when().get("/api/v1/institutions").then().body("totalItems", equalTo(0));
        given().auth().oauth2(admin()).when().get("/api/v1/institutions/" + data.institution().create().id)
                .then().body("officialStatusState", nullValue());
    }

    static String anyServiceCode() {
        return given().auth().oauth2(admin()).queryParam("size", 1)
                .when().get("/api/v1/catalogue/services").then().statusCode(200).extract().path("items[0].code");
    }
}
