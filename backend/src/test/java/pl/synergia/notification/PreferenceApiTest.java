package pl.synergia.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/** Notification settings through the API: the platform's defaults, the institution's (its coordinator's), the user's own. */
@QuarkusTest
class PreferenceApiTest {

    @Inject
    TestData data;

    private Institution kis;
    private String staff;
    private String coordinator;
    private String login;

    @BeforeEach
    void institution() {
        kis = data.institution().type(InstitutionType.KIS).email("kis-" + UUID.randomUUID() + "@example.org").create();
        login = "ola-" + UUID.randomUUID();
        staff = Tokens.user(login).roles("staff").institution(kis.id).sign();
        coordinator = Tokens.user("koordynator-" + UUID.randomUUID()).roles("staff", "coordinator").institution(kis.id).sign();
    }

    private JsonPath mine(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/notification-preferences/me").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> item(String type, boolean inApp, String email) {
        return Map.of("type", type, "inApp", inApp, "email", email);
    }

    @Test
    void aNewUserFollowsThePlatformsDefaultsThroughTheInstitution() {
        JsonPath mine = mine(staff);
        assertEquals("pl", mine.getString("language"));
        assertEquals(true, mine.getBoolean("followsInstitution"));
        assertEquals(login + "@example.org", mine.getString("email"));
        assertEquals(EventType.values().length, mine.getList("items").size());
        assertEquals("REFERRAL_SENT", mine.getString("items[0].type"));
        assertEquals("IMMEDIATE", mine.getString("items.find { it.type == 'REFERRAL_SENT' }.email"));
        assertEquals("DIGEST", mine.getString("items.find { it.type == 'PLAN_ENDING' }.email"));
        assertEquals(false, mine.getBoolean("items.find { it.type == 'OFFERING_CHANGED' }.inApp"));
        assertEquals(mine.getList("items"), mine.getList("institution"));
    }

    @Test
    void theCoordinatorSetsTheInstitutionsDefaultsStaffOnlyReadsThem() {
        given().auth().oauth2(staff).when().get("/api/v1/notification-preferences/institution").then().statusCode(200)
                .body("canEdit", equalTo(false)).body("contactEmail", equalTo(kis.email)).body("items", hasSize(EventType.values().length));
        Map<String, Object> body = Map.of("items", List.of(item("REFERRAL_SENT", true, "DIGEST"), item("PLAN_ENDING", false, "OFF")));
        given().auth().oauth2(staff).contentType("application/json").body(body)
                .when().put("/api/v1/notification-preferences/institution").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(coordinator).contentType("application/json").body(body)
                .when().put("/api/v1/notification-preferences/institution").then().statusCode(200).body("canEdit", equalTo(true))
                .body("items.find { it.type == 'REFERRAL_SENT' }.email", equalTo("DIGEST"))
                .body("items.find { it.type == 'REFERRAL_ACCEPTED' }.email", equalTo("IMMEDIATE"));

        JsonPath mine = mine(staff);
        assertEquals(true, mine.getBoolean("followsInstitution"));
        assertEquals("DIGEST", mine.getString("items.find { it.type == 'REFERRAL_SENT' }.email"));
        assertEquals(false, mine.getBoolean("items.find { it.type == 'PLAN_ENDING' }.inApp"));
    }

    @Test
    void aUserChoosesTheirOwnAndGoesBackToTheInstitutions() {
        given().auth().oauth2(staff).contentType("application/json")
                .body(Map.of("language", "en", "followsInstitution", false, "items", List.of(item("REFERRAL_SENT", false, "OFF"))))
                .when().put("/api/v1/notification-preferences/me").then().statusCode(200)
                .body("language", equalTo("en")).body("followsInstitution", equalTo(false))
                .body("items.find { it.type == 'REFERRAL_SENT' }.inApp", equalTo(false))
                .body("items.find { it.type == 'REFERRAL_ACCEPTED' }.email", equalTo("IMMEDIATE"));
        assertEquals("en", mine(staff).getString("language"), "the choice stays, whatever the token says");

        given().auth().oauth2(staff).contentType("application/json").body(Map.of("language", "pl", "followsInstitution", true))
                .when().put("/api/v1/notification-preferences/me").then().statusCode(200)
                .body("followsInstitution", equalTo(true)).body("items.find { it.type == 'REFERRAL_SENT' }.inApp", equalTo(true));
    }

    @Test
    void badSettingsAreRefusedAndNothingIsStored() {
        given().auth().oauth2(staff).contentType("application/json")
                .body(Map.of("language", "pl", "followsInstitution", false,
                        "items", List.of(item("REFERRAL_SENT", false, "OFF"), item("REFERRAL_SENT", true, "DIGEST"))))
                .when().put("/api/v1/notification-preferences/me").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("items[1].type"));
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("followsInstitution", false))
                .when().put("/api/v1/notification-preferences/me").then().statusCode(422).body("errors[0].field", equalTo("language"));
        given().auth().oauth2(staff).contentType("application/json")
                .body(Map.of("language", "pl", "followsInstitution", false, "items", List.of(item("REFERRAL_SENT", true, "SOMETIMES"))))
                .when().put("/api/v1/notification-preferences/me").then().statusCode(400);
        given().auth().oauth2(staff).contentType("application/json").body("{")
                .when().put("/api/v1/notification-preferences/me").then().statusCode(400);
        assertEquals(true, mine(staff).getBoolean("followsInstitution"));
        given().auth().oauth2(Tokens.user("admin").roles("admin").sign()).when().get("/api/v1/notification-preferences/me")
                .then().statusCode(403);
    }
}
