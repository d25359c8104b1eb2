package pl.synergia.regional;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import pl.synergia.testsupport.Tokens;

/** REST calls of the regional API for tests: tokens, refreshes, values. */
final class RegionalApi {

    /** The Mazowieckie Centrum Polityki Społecznej of the seed data (V7), in Warszawa. */
    static final UUID MCPS = UUID.fromString("ea79cbce-b5f2-5ab3-94ea-65741d58ce94");

    private RegionalApi() {
    }

    static String admin() {
        return Tokens.user("admin").roles("admin").sign();
    }

    static String analyst(UUID institution) {
        return Tokens.user("analyst-" + institution).roles("regional-analyst").institution(institution).sign();
    }

    /** A regional system's service account: the realm gives it the role and its ROPS's institution claim. */
    static String regionalSystem(UUID institution) {
        return Tokens.user("service-account-synergia-regional").roles("regional-analyst").institution(institution).sign();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** Starts a refresh as an administrator and waits until it has finished; returns the run. */
    static JsonPath refresh(Map<String, Object> body) {
        String id = as(admin()).contentType("application/json").body(body).when().post("/api/v1/regional/refreshes")
                .then().statusCode(202).extract().path("id");
        return finished(id);
    }

    static JsonPath finished(String refreshId) {
        long deadline = System.currentTimeMillis() + 300_000;
        JsonPath run = null;
        while (System.currentTimeMillis() < deadline) {
            run = as(admin()).when().get("/api/v1/regional/refreshes/" + refreshId).then().statusCode(200).extract().jsonPath();
            if (run.getString("status").equals("SUCCEEDED") || run.getString("status").equals("FAILED")) {
                return run;
            }
            sleep();
        }
        fail("refresh " + refreshId + " did not finish within five minutes: " + run.prettify() + "\nall runs: "
                + as(admin()).when().get("/api/v1/regional/refreshes").then().extract().asString());
        return null;
    }

    static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** The values of an indicator: level, parent unit, period; every unit on one page. */
    static JsonPath values(String token, String indicator, String level, String unit, String period) {
        RequestSpecification request = as(token).queryParam("indicator", indicator).queryParam("level", level)
                .queryParam("size", 2500);
        if (unit != null) {
            request.queryParam("unit", unit);
        }
        if (period != null) {
            request.queryParam("period", period);
        }
        return request.when().get("/api/v1/regional/values").then().statusCode(200).extract().jsonPath();
    }

    /** The item of one unit in a list of values. */
    static Map<String, Object> item(JsonPath values, String unit) {
        return values.getList("items", Map.class).stream().filter(i -> unit.equals(i.get("unit"))).findFirst()
                .map(m -> (Map<String, Object>) m).orElseThrow(() -> new AssertionError("no " + unit + " in " + values.prettify()));
    }
}
