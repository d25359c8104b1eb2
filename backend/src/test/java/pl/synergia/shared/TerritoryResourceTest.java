package pl.synergia.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.testsupport.Tokens;

@QuarkusTest
class TerritoryResourceTest {

    private static String token() {
        return Tokens.user("ewa").roles("staff").sign();
    }

    @Test
    void walksFromVoivodeshipToGmina() {
        given().auth().oauth2(token()).when().get("/api/v1/territory/voivodeships")
                .then().statusCode(200).body("size()", equalTo(16)).body("name", hasItem("mazowieckie"))
                .body("name[0]", equalTo("dolnośląskie"));
        given().auth().oauth2(token()).when().get("/api/v1/territory/voivodeships/14/powiats")
                .then().statusCode(200).body("size()", equalTo(42)).body("code", hasItem("1408"));
        given().auth().oauth2(token()).when().get("/api/v1/territory/powiats/1408/gminas")
                .then().statusCode(200).body("size()", equalTo(5))
                .body("find { it.code == '1408052' }.name", equalTo("Wieliszew"))
                .body("find { it.code == '1408052' }.type", equalTo("gmina wiejska"));
        given().auth().oauth2(token()).when().get("/api/v1/territory/gminas/1465011")
                .then().statusCode(200).body("name", equalTo("Warszawa")).body("voivodeshipName", equalTo("mazowieckie"));
    }

    @Test
    void unknownCodesAre404() {
        given().auth().oauth2(token()).when().get("/api/v1/territory/voivodeships/99/powiats").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token()).when().get("/api/v1/territory/powiats/9999/gminas").then().statusCode(404);
        given().auth().oauth2(token()).when().get("/api/v1/territory/gminas/x").then().statusCode(404);
    }
}
