package pl.synergia.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.plan.PlanApi;
import pl.synergia.shared.events.EventDispatcher;
import pl.synergia.shared.events.Events;
import pl.synergia.shared.events.PublishedEvent;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * In-app notifications through the API: the institutions an event concerns are told (not the one
 * that acted), per-user read state, filters and paging, texts in Polish and English that name no
 * person, idempotent delivery, preferences hiding a type, and users recorded once per token.
 */
@QuarkusTest
class NotificationApiTest {

    @Inject
    TestData data;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    Events events;

    @Inject
    InAppChannel inApp;

    @Inject
    EntityManager em;

    private Institution ops;
    private Institution cis;
    private String anna;
    private String basia;
    private String lastName;
    private String pesel;
    private String message;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("Centrum Integracji Społecznej")).create();
        anna = user(cis, "anna");
        basia = user(cis, "basia");
    }

    static String user(Institution institution, String name) {
        return Tokens.user(name + "-" + UUID.randomUUID()).roles("staff").institution(institution.id).sign();
    }

    /** A referral from the OPS to the CIS (with a legal basis), dispatched. */
    private String referral() {
        lastName = TestData.unique("Grzybowska").replace(" ", "");
        pesel = PlanApi.pesel();
        message = "Prosimy przyjąć panią " + lastName;
        String client = PlanApi.registerClient(ops, "Krystyna", lastName, pesel, true);
        PlanApi.share(ops, client, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "CIS");
        String plan = PlanApi.createPlan(ops, client, "Plan", List.of("Praca"), List.of());
        String referral = PlanApi.refer(ops, plan, cis, message);
        dispatcher.drain();
        return referral;
    }

    private JsonPath list(String token, Object... query) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().get("/api/v1/notifications").then().statusCode(200).header("Cache-Control", "no-store")
                .extract().jsonPath();
    }

    private long unread(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/notifications/unread-count").then().statusCode(200)
                .extract().jsonPath().getLong("count");
    }

    @Test
    void theReceivingInstitutionIsToldTheSenderIsNotAndTheAnswerGoesBack() {
        String referral = referral();

        JsonPath mine = list(anna);
        assertEquals(1, mine.getInt("totalItems"));
        assertEquals("REFERRAL_SENT", mine.getString("items[0].type"));
        assertEquals("Nowe skierowanie do Twojej instytucji od: " + ops.name, mine.getString("items[0].title"));
        assertEquals("REFERRAL", mine.getString("items[0].link.type"));
        assertEquals(referral, mine.getString("items[0].link.id"));
        assertEquals(false, mine.getBoolean("items[0].read"));
        assertEquals(1, mine.getInt("unread"));
        assertEquals(1, unread(anna));
        for (String secret : List.of(lastName, pesel, "Krystyna", message)) {
            assertFalse(mine.prettify().contains(secret), "a notification names no person: " + secret);
        }

        given().auth().oauth2(anna).header("Accept-Language", "en-GB,en;q=0.9").when().get("/api/v1/notifications")
                .then().statusCode(200).header("Content-Language", "en")
                .body("items[0].title", equalTo("New referral for your institution from " + ops.name));

        // the OPS sent it: it is not told of its own act
        assertEquals(0, list(PlanApi.staff(ops), "type", "REFERRAL_SENT").getInt("totalItems"));

        given().auth().oauth2(anna).when().post("/api/v1/referrals/" + referral + "/acceptance").then().statusCode(200);
        dispatcher.drain();
        JsonPath answered = list(PlanApi.staff(ops));
        assertEquals("REFERRAL_ACCEPTED", answered.getString("items[0].type"));
        assertEquals("Skierowanie przyjęte przez: " + cis.name, answered.getString("items[0].title"));
        assertEquals(referral, answered.getString("items[0].link.id"));
        assertEquals(1, unread(anna), "the CIS accepted it itself: nothing new for it");
    }

    @Test
    void readStateIsPerUserAndOnlyOwnNotificationsCanBeMarked() {
        referral();
        String id = list(anna).getString("items[0].id");

        given().auth().oauth2(anna).when().post("/api/v1/notifications/" + id + "/read").then().statusCode(204);
        given().auth().oauth2(anna).when().post("/api/v1/notifications/" + id + "/read").then().statusCode(204);
        assertEquals(0, unread(anna));
        assertEquals(true, list(anna).getBoolean("items[0].read"));
        assertEquals(1, unread(basia), "read by Anna, still unread for Basia");

        Institution other = data.institution().type(InstitutionType.CIS).create();
        given().auth().oauth2(user(other, "obca")).when().post("/api/v1/notifications/" + id + "/read").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(anna).when().post("/api/v1/notifications/" + UUID.randomUUID() + "/read").then().statusCode(404);
        given().auth().oauth2(anna).when().post("/api/v1/notifications/not-a-uuid/read").then().statusCode(400);
        assertEquals(1, unread(basia));
    }

    @Test
    void aBatchHandedOverAgainWritesNothingTwice() {
        long before = events.lastPosition();
        referral();
        List<PublishedEvent> delivered = events.afterFor(cis.id, before, 100);
        QuarkusTransaction.requiringNew().run(() -> inApp.deliver(delivered));
        QuarkusTransaction.requiringNew().run(() -> inApp.deliver(delivered));
        assertEquals(1, list(anna).getInt("totalItems"));
    }

    @Test
    void filtersPagingNewestFirstAndMarkAll() {
        String first = referral();
        String second = referral();
        String third = referral();
        JsonPath page = list(anna, "size", 2);
        assertEquals(3, page.getInt("totalItems"));
        assertEquals(2, page.getInt("totalPages"));
        assertEquals(List.of(third, second), page.getList("items.link.id"));
        assertEquals(List.of(first), list(anna, "size", 2, "page", 1).getList("items.link.id"));

        given().auth().oauth2(anna).when().post("/api/v1/notifications/" + page.getString("items[0].id") + "/read").then().statusCode(204);
        assertEquals(List.of(second, first), list(anna, "unread", true).getList("items.link.id"));

        given().auth().oauth2(PlanApi.staff(ops)).when().post("/api/v1/referrals/" + second + "/withdrawal").then().statusCode(200);
        dispatcher.drain();
        JsonPath withdrawn = list(anna, "type", "REFERRAL_WITHDRAWN");
        assertEquals(List.of(second), withdrawn.getList("items.link.id"));
        assertEquals("Skierowanie do Twojej instytucji wycofane przez: " + ops.name, withdrawn.getString("items[0].title"));
        assertEquals(4, list(anna, "type", "REFERRAL_WITHDRAWN", "type", "REFERRAL_SENT").getInt("totalItems"));

        LocalDate today = LocalDate.now(PolishTime.ZONE);
        assertEquals(4, list(anna, "from", today.toString(), "to", today.toString()).getInt("totalItems"));
        assertEquals(0, list(anna, "to", today.minusDays(1).toString()).getInt("totalItems"));
        assertEquals(0, list(anna, "from", today.plusDays(1).toString()).getInt("totalItems"));

        given().auth().oauth2(anna).queryParam("type", "NO_SUCH_TYPE").queryParam("from", "2026-13-01").queryParam("size", 0)
                .when().get("/api/v1/notifications").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("type")).body("errors.field", hasItem("from")).body("errors.field", hasItem("size"));
        given().auth().oauth2(anna).queryParam("from", today.toString()).queryParam("to", today.minusDays(1).toString())
                .when().get("/api/v1/notifications").then().statusCode(400).body("errors[0].field", equalTo("to"));

        given().auth().oauth2(anna).when().post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", equalTo(3));
        assertEquals(0, unread(anna));
        assertEquals(4, unread(basia));
        given().auth().oauth2(anna).when().post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", equalTo(0));
    }

    @Test
    void aTypeTheUserHidesIsNeitherListedNorCounted() {
        referral();
        String hidden = list(anna).getString("items[0].id");
        given().auth().oauth2(anna).contentType("application/json")
                .body(Map.of("language", "pl", "followsInstitution", false,
                        "items", List.of(Map.of("type", "REFERRAL_SENT", "inApp", false, "email", "OFF"))))
                .when().put("/api/v1/notification-preferences/me").then().statusCode(200);
        assertEquals(0, unread(anna));
        given().auth().oauth2(anna).when().get("/api/v1/notifications").then().body("items", empty());
        given().auth().oauth2(anna).when().post("/api/v1/notifications/" + hidden + "/read").then().statusCode(404);
        assertEquals(1, unread(basia));
    }

    @Test
    void whoGetsNoNotifications() {
        given().auth().oauth2(Tokens.user("admin").roles("admin").sign()).when().get("/api/v1/notifications").then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.user("system").roles("integration").institution(cis.id).sign()).when()
                .get("/api/v1/notifications/unread-count").then().statusCode(403);
        given().when().get("/api/v1/notifications").then().statusCode(401);
    }

    private Object[] account(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("select institution_id, email, language, "
                + "cast(xmin as text) from user_account where subject = ?1").setParameter(1, subject).getSingleResult());
    }

    @Test
    void aUserIsRecordedFromTheirTokenOnceNotOnEveryRequest() {
        String name = "ewa-" + UUID.randomUUID();
        String subject = UUID.nameUUIDFromBytes(name.getBytes()).toString();
        String token = Tokens.user(name).roles("staff").institution(ops.id).sign();
        unread(token);
        Object[] recorded = account(subject);
        assertEquals(ops.id, recorded[0]);
        assertEquals(name + "@example.org", recorded[1]);
        assertEquals("pl", recorded[2]);

        unread(token);
        unread(Tokens.user(name).roles("staff").institution(ops.id).sign());
        assertEquals(recorded[3], account(subject)[3], "the same user again within the hour: no write");

        unread(Tokens.user(name).roles("staff").institution(cis.id).sign());
        Object[] moved = account(subject);
        assertEquals(cis.id, moved[0], "moved to another institution: recorded at once");
        assertNotEquals(recorded[3], moved[3]);
        given().auth().oauth2(Tokens.user(name).roles("staff").institution(cis.id).sign()).when().get("/api/v1/notifications")
                .then().statusCode(200).body("items.title", not(hasItem(containsString(ops.name))));
    }

    @Test
    void theListIsNewestFirstAcrossTypes() {
        String referral = referral();
        given().auth().oauth2(PlanApi.staff(ops)).when().post("/api/v1/referrals/" + referral + "/withdrawal").then().statusCode(200);
        dispatcher.drain();
        given().auth().oauth2(anna).when().get("/api/v1/notifications").then().statusCode(200)
                .body("items.type", contains("REFERRAL_WITHDRAWN", "REFERRAL_SENT"));
    }
}
