package pl.synergia.partnership;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import pl.synergia.directory.Institution;
import pl.synergia.testsupport.Tokens;

/** REST calls of the partnership API, for tests: tokens per role and the common steps. */
public final class Partners {

    private Partners() {
    }

    static String coordinator(Institution i) {
        return Tokens.user("coord-" + i.id).roles("staff", "coordinator").institution(i.id).sign();
    }

    static String staff(Institution i) {
        return Tokens.user("staff-" + i.id).roles("staff").institution(i.id).sign();
    }

    static String admin() {
        return Tokens.user("admin").roles("admin").sign();
    }

    static String role(String role) {
        return Tokens.user("user-" + role).roles(role).sign();
    }

    static Map<String, Object> body(String kind, String teryt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("gminaTeryt", teryt);
        return body;
    }

    /** A partnership started by the institution's coordinator in its gmina (Legionowo by default). */
    static JsonPath create(Institution initiator, String kind) {
        return create(initiator, kind, "1408011");
    }

    /** A partnership started by the institution's coordinator in the given gmina (the institution's own). */
    static JsonPath create(Institution initiator, String kind, String teryt) {
        Map<String, Object> body = body(kind, teryt);
        body.put("initiatorRepresentative", Map.of("name", "Jan Kowalski", "function", "Dyrektor"));
        return given().auth().oauth2(coordinator(initiator)).contentType("application/json").body(body)
                .when().post("/api/v1/partnerships").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath get(String id) {
        return given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    static long version(String id) {
        return get(id).getLong("version");
    }

    static Response transition(String token, String id, String to, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("reason", reason);
        return given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"" + version(id) + "\"")
                .body(body).when().post("/api/v1/partnerships/" + id + "/transitions");
    }

    static JsonPath invite(Institution by, String id, Institution invited) {
        return given().auth().oauth2(coordinator(by)).contentType("application/json")
                .body(Map.of("institutionId", invited.id.toString()))
                .when().post("/api/v1/partnerships/" + id + "/signatories").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath invitePerson(Institution by, String id, String name, String function) {
        return given().auth().oauth2(coordinator(by)).contentType("application/json")
                .body(Map.of("person", Map.of("name", name, "function", function)))
                .when().post("/api/v1/partnerships/" + id + "/signatories").then().statusCode(201).extract().jsonPath();
    }

    static Response accept(String token, String id, String signatoryId, long version, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(body).when().post("/api/v1/partnerships/" + id + "/signatories/" + signatoryId + "/acceptance");
    }

    /** Invite the institution and have its coordinator accept: it joins. */
    static String join(Institution by, String id, Institution joining) {
        JsonPath invited = invite(by, id, joining);
        accept(coordinator(joining), id, invited.getString("id"), invited.getLong("version"),
                Map.of("representative", Map.of("name", "Przedstawiciel " + joining.name, "function", "Prezes")))
                .then().statusCode(200);
        return invited.getString("id");
    }

    static Response withdraw(String token, String id, String signatoryId, String reason) {
        long version = signatory(id, signatoryId).getLong("version");
        return given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(Map.of("reason", reason))
                .when().post("/api/v1/partnerships/" + id + "/signatories/" + signatoryId + "/withdrawal");
    }

    static JsonPath signatory(String id, String signatoryId) {
        return signatory(role("staff"), id, signatoryId);
    }

    /** One signatory as the caller sees it (its actions are computed for the caller). */
    static JsonPath signatory(String token, String id, String signatoryId) {
        List<Map<String, Object>> all = given().auth().oauth2(token).when().get("/api/v1/partnerships/" + id + "/signatories")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> found = all.stream().filter(s -> signatoryId.equals(s.get("id"))).findFirst().orElseThrow();
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(found).toString());
    }

    /** A PACT with the initiator and two more joined institutions, moved to ACTIVE. */
    static String activePact(Institution initiator, Institution second, Institution third) {
        return activePact("1408011", initiator, second, third);
    }

    public static String activePact(String teryt, Institution initiator, Institution second, Institution third) {
        String id = create(initiator, "PACT", teryt).getString("id");
        join(initiator, id, second);
        join(initiator, id, third);
        transition(coordinator(initiator), id, "CONSULTATION", null).then().statusCode(200);
        transition(coordinator(initiator), id, "ACTIVE", null).then().statusCode(200);
        return id;
    }

    static String signatoryIdOf(String id, Institution institution) {
        List<Map<String, Object>> all = given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/signatories")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(s -> s.get("institution") != null
                && institution.id.toString().equals(((Map<?, ?>) s.get("institution")).get("id")))
                .map(s -> (String) s.get("id")).findFirst().orElseThrow();
    }
}
