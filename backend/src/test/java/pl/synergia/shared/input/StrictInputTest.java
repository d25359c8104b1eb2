package pl.synergia.shared.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import pl.synergia.directory.Institution;
import pl.synergia.testsupport.Json;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Findings of the outside probe (issue #13) about request input: each answered 500 or stored a
 * wrong value before. A refused request is a problem+json that names the field as a JSON path and
 * never echoes the value; nothing is stored.
 */
@QuarkusTest
class StrictInputTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private Institution ops;
    private String lastName;

    @BeforeEach
    void institution() {
        ops = data.institution().create();
        lastName = TestData.unique("Nowak");
    }

    private RequestSpecification staff() {
        return given().auth().oauth2(Tokens.user("staff-" + ops.id).roles("staff").institution(ops.id).sign())
                .contentType("application/json");
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.user("admin").roles("admin").sign()).contentType("application/json");
    }

    private String client(String firstName, String birthDate, String extra) {
        return "{\"firstName\":" + firstName + ",\"lastName\":\"" + lastName + "\",\"gminaTeryt\":\"1408011\",\"birthDate\":"
                + birthDate + extra + "}";
    }

    private long clientsNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from client where last_name = ?1").setParameter(1, name).getSingleResult()).longValue());
    }

    @Test
    void nulInAStringFieldIs400NamingTheFieldNotA500FromPostgres() {
        staff().body(client("\"Ja\\u0000n\"", "\"1980-01-01\"", "")).when().post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("firstName"))
                .body("errors[0].code", equalTo("control-character"))
                .body("errors[0].message", containsString("U+0000"))
                .body(not(containsString("Ja\u0000n")));
        assertEquals(0, clientsNamed(lastName));
    }

    @Test
    void otherControlCharactersInNestedFieldsAreNamedByJsonPath() {
        staff().body(client("\"Jan\"", "\"1980-01-01\"", ",\"sensitive\":{\"notes\":\"a\\u001bb\"}")).when().post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sensitive.notes"))
                .body("errors[0].code", equalTo("control-character"));
        assertEquals(0, clientsNamed(lastName));
    }

    @Test
    void tabsAndLineBreaksStayAllowedInText() {
        staff().body(client("\"Jan\"", "\"1980-01-01\"", ",\"sensitive\":{\"notes\":\"linia 1\\r\\nlinia\\t2\"}"))
                .when().post("/api/v1/clients").then().statusCode(201);
    }

    @Test
    void nulInAPathParameterIs400() {
        staff().urlEncodingEnabled(false).when().get("/api/v1/catalogue/services/%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"))
                .body("errors[0].code", equalTo("control-character"));
    }

    @Test
    void nulInAQueryParameterIs400NamingTheParameter() {
        staff().urlEncodingEnabled(false).when().get("/api/v1/catalogue/services?targetGroup=%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("targetGroup"))
                .body("errors[0].code", equalTo("control-character"));
        staff().urlEncodingEnabled(false).when().get("/api/v1/institutions?q=a%00b")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void brokenPercentEncodingIs400AndPolishLettersPass() {
        staff().urlEncodingEnabled(false).when().get("/api/v1/institutions?q=%C3")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("malformed-encoding"));
        staff().when().get("/api/v1/institutions?q=Łódź żółć").then().statusCode(200);
    }

    @Test
    void duplicateKeysOnARecordAre400NotAnEmpty500() {
        admin().body("{\"dryRun\":true,\"dryRun\":true}").when().post("/api/v1/anonymisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dryRun"))
                .body("errors[0].code", equalTo("duplicate-key"));
    }

    @Test
    void duplicateKeysNoLongerLetTheLastOneWin() {
        staff().body(client("\"Jan\"", "\"1980-01-01\"", ",\"firstName\":\"Piotr\"")).when().post("/api/v1/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("firstName"))
                .body("errors[0].code", equalTo("duplicate-key"));
        assertEquals(0, clientsNamed(lastName));
    }

    @Test
    void aNumberIsNotABooleanAndStartsNoAnonymisationRun() {
        long runs = admin().when().get("/api/v1/anonymisations").then().statusCode(200).extract().jsonPath().getLong("totalItems");
        for (String dryRun : new String[] { "0", "1", "\"false\"", "null" }) {
            admin().body("{\"dryRun\":" + dryRun + "}").when().post("/api/v1/anonymisations")
                    .then().statusCode(dryRun.equals("null") ? 422 : 400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("dryRun"));
        }
        assertEquals(runs, admin().when().get("/api/v1/anonymisations").then().extract().jsonPath().getLong("totalItems"));
    }

    @Test
    void aNumberIsNotADate() {
        staff().body(client("\"Jan\"", "12345", "")).when().post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("birthDate"))
                .body("errors[0].code", equalTo("not-a-date"));
        staff().body(client("\"Jan\"", "[1980,1,1]", "")).when().post("/api/v1/clients")
                .then().statusCode(400).body("errors[0].code", equalTo("not-a-date"));
        assertEquals(0, clientsNamed(lastName));
    }

    @Test
    void datesOutsideTheYears1900To2100Are422() {
        for (String date : new String[] { "+999999999-12-31", "0000-01-01", "1899-12-31", "9999-12-31" }) {
            staff().body(client("\"Jan\"", "\"" + date + "\"", "")).when().post("/api/v1/clients")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("birthDate"))
                    .body("errors[0].code", equalTo("out-of-range"));
        }
        assertEquals(0, clientsNamed(lastName));
        staff().body(client("\"Jan\"", "\"1900-01-01\"", "")).when().post("/api/v1/clients").then().statusCode(201);
    }

    @Test
    void queryDatesOutsideTheYears1900To2100Are400() {
        staff().queryParam("validOn", "0000-01-01").when().get("/api/v1/catalogue/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("validOn"))
                .body("errors[0].code", equalTo("out-of-range"));
    }

    @Test
    void aFractionIsNotAnInteger() {
        String name = TestData.unique("Klub");
        admin().body(Json.with(Json.institution(name), "places", 1.5)).when().post("/api/v1/institutions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("places"))
                .body("errors[0].code", equalTo("not-an-integer"));
        admin().body(Json.with(Json.institution(name), "places", "12")).when().post("/api/v1/institutions")
                .then().statusCode(400).body("errors[0].field", equalTo("places"));
        admin().queryParam("q", name).when().get("/api/v1/institutions").then().body("totalItems", equalTo(0));
    }

    @Test
    void enumsAreNamedNeverNumbered() {
        admin().body(Json.with(Json.institution(TestData.unique("Klub")), "type", 0)).when().post("/api/v1/institutions")
                .then().statusCode(400).body("errors[0].field", equalTo("type"))
                .body("errors[0].code", equalTo("unknown-value"));
    }

    @Test
    void aNumberIsNotAString() {
        staff().body(client("42", "\"1980-01-01\"", "")).when().post("/api/v1/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("firstName"))
                .body("errors[0].code", equalTo("not-a-string"));
    }

    @Test
    void nothingMayFollowTheDocument() {
        staff().body(client("\"Jan\"", "\"1980-01-01\"", "") + " {}").when().post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, clientsNamed(lastName));
    }

    @Test
    void aPrimitiveIsNeverNull() {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("institutionId", ops.id.toString(), "purpose", "x",
                "legalBasis", "CONSENT_ART_6_1_A", "givenOn", "2024-01-01"));
        body.put("includesSensitive", null);
        staff().body(body).when().post("/api/v1/clients/" + java.util.UUID.randomUUID() + "/sharing")
                .then().statusCode(400).body("errors[0].field", equalTo("includesSensitive"));
    }
}
