package pl.synergia.directory.hsds;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import pl.synergia.testsupport.Json;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Directory entries the HSDS tests read, created once per test run through the real directory
 * API as an administrator: an association (NGO) with a KRS number running a KIS that has
 * statutory tasks, identifiers, an official status, an address and two offerings (one with
 * places, schedule and contact; one suspended), plus a deactivated KIS with an offering. Every
 * name carries {@link #tag} so a search for it finds only these entries.
 */
record HsdsFixture(String tag, String ngoId, String ngoName, String kisId, String kisName, String counsellingId,
        String educationId, String inactiveId, String inactiveName, String inactiveOfferingId) {

    static final String COUNSELLING = "KIS_COUNSELLING";
    static final String EDUCATION = "KIS_EDUCATIONAL_ACTIVITIES";

    private static HsdsFixture instance;

    static synchronized HsdsFixture get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    static String admin() {
        return Tokens.user("admin").roles("admin").sign();
    }

    static String staff() {
        return Tokens.user("ewa").roles("staff").sign();
    }

    private static HsdsFixture create() {
        String tag = TestData.unique("hsds").strip().replace(' ', '-');

        String ngoName = "Stowarzyszenie „Łączność Pokoleń” " + tag;
        Map<String, Object> ngo = Json.institution(ngoName);
        ngo.put("type", "NGO");
        ngo.put("legalForm", "stowarzyszenie rejestrowe");
        ngo.put("krs", "0000123456");
        ngo.put("website", "https://laczy.example.org/o-nas");
        ngo.remove("officialStatus");
        ngo.remove("places");
        String ngoId = create(ngo).path("id");

        String kisName = "Klub Integracji Społecznej „Źródło” " + tag;
        Map<String, Object> kis = Json.institution(kisName);
        kis.put("operatorId", ngoId);
        kis.put("statutoryTasks", "Reintegracja społeczna i zawodowa osób zagrożonych wykluczeniem społecznym.");
        kis.put("registerEntry", "KIS/14/2024");
        kis.put("officialStatus", Map.of("kind", "KIS_REGISTER", "grantedBy", "Wojewoda Mazowiecki",
                "validFrom", "2024-01-01", "validTo", "2027-12-31"));
        String kisId = create(kis).path("id");
        Map<String, Object> counselling = new LinkedHashMap<>();
        counselling.put("serviceCode", COUNSELLING);
        counselling.put("places", 12);
        counselling.put("schedule", "pon.–pt. 8:00–16:00");
        counselling.put("contact", "Anna Nowak, tel. 22 100 20 30");
        addOffering(kisId, 0, counselling);
        ExtractableResponse<Response> withBoth = addOffering(kisId, 1,
                Map.of("serviceCode", EDUCATION, "status", "SUSPENDED"));
        String counsellingId = withBoth.path("offerings.find { it.service.code == '" + COUNSELLING + "' }.id");
        String educationId = withBoth.path("offerings.find { it.service.code == '" + EDUCATION + "' }.id");

        String inactiveName = "Klub Integracji Społecznej „Zamknięty” " + tag;
        String inactiveId = create(Json.institution(inactiveName)).path("id");
        String inactiveOfferingId = addOffering(inactiveId, 0, Map.of("serviceCode", COUNSELLING, "places", 5))
                .path("offerings[0].id");
        given().auth().oauth2(admin()).header("If-Match", "\"1\"")
                .when().post("/api/v1/institutions/" + inactiveId + "/deactivation")
                .then().statusCode(200);

        return new HsdsFixture(tag, ngoId, ngoName, kisId, kisName, counsellingId, educationId, inactiveId,
                inactiveName, inactiveOfferingId);
    }

    private static ExtractableResponse<Response> create(Map<String, Object> body) {
        return given().auth().oauth2(admin()).contentType("application/json").body(body)
                .when().post("/api/v1/institutions")
                .then().statusCode(201).extract();
    }

    private static ExtractableResponse<Response> addOffering(String institutionId, long version, Map<String, Object> body) {
        return given().auth().oauth2(admin()).contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(body)
                .when().post("/api/v1/institutions/" + institutionId + "/offerings")
                .then().statusCode(200).extract();
    }
}
