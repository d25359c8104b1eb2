package pl.synergia.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.shared.events.DomainEvent;
import pl.synergia.shared.events.EventDispatcher;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.events.Events;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestClock;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Webhooks: subscriptions per client, deliveries signed as Standard Webhooks says (verified by its
 * own Java library), retries with backoff on the application's clock, a day of failures disables,
 * re-enabling and manual redelivery, 410 Gone.
 */
@QuarkusTest
class WebhookTest {

    static final String ACCEPTED = EventType.REFERRAL_ACCEPTED.cloudEventType();

    @Inject
    TestData data;

    @Inject
    Events events;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    WebhookWorker worker;

    @Inject
    TestClock clock;

    private Institution pup;
    private String token;
    private Receiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        dispatcher.drain();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        token = Tokens.system("webhooks-" + pup.id, pup.id, "events:read").sign();
        receiver = new Receiver();
    }

    @AfterEach
    void tearDown() {
        for (String id : given().auth().oauth2(token).when().get("/api/v1/webhooks").then().extract().jsonPath()
                .getList("id", String.class)) {
            given().auth().oauth2(token).when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
        receiver.close();
        clock.reset();
    }

    static JsonPath subscribe(String token, String url, String... types) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", List.of(types), "description", "System PUP"))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private UUID publish(EventType type, UUID subject, UUID... audience) {
        UUID id = QuarkusTransaction.requiringNew().call(() -> events.publish(DomainEvent.of(type, subject)
                .with("status", "ACCEPTED").to(audience).build()));
        dispatcher.drain();
        return id;
    }

    private JsonPath deliveries(String subscription) {
        return given().auth().oauth2(token).when().get("/api/v1/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aSubscriptionShowsItsSecretOnceAndBelongsToItsClientOnly() {
        var created = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", receiver.url("/hooks"), "eventTypes", List.of(ACCEPTED, ACCEPTED)))
                .when().post("/api/v1/webhooks").then().statusCode(201).header("ETag", "\"0\"").extract();
        JsonPath body = created.jsonPath();
        String id = body.getString("subscription.id");
        assertThat(created.header("Location"), endsWith("/api/v1/webhooks/" + id));
        String secret = body.getString("secret");
        assertThat(secret, startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
        assertThat(body.getList("subscription.eventTypes"), contains(ACCEPTED));
        assertEquals(true, body.getBoolean("subscription.enabled"));

        given().auth().oauth2(token).when().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("secret", nullValue()).body("url", equalTo(receiver.url("/hooks")));
        given().auth().oauth2(token).when().get("/api/v1/webhooks").then().statusCode(200).body("id", contains(id));

        String other = Tokens.system("other-" + pup.id, pup.id, "events:read").sign();
        given().auth().oauth2(other).when().get("/api/v1/webhooks").then().statusCode(200).body("", empty());
        given().auth().oauth2(other).when().get("/api/v1/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(other).when().delete("/api/v1/webhooks/" + id).then().statusCode(404);

        given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("url", receiver.url("/other"), "eventTypes", List.of(ACCEPTED, EventType.REFERRAL_SENT.cloudEventType())))
                .when().put("/api/v1/webhooks/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("url", equalTo(receiver.url("/other"))).body("eventTypes.size()", equalTo(2));
        given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("url", receiver.url("/x"), "eventTypes", List.of(ACCEPTED)))
                .when().put("/api/v1/webhooks/" + id).then().statusCode(412);
        // people do not manage webhooks
        given().auth().oauth2(Tokens.user("staff").roles("staff").institution(pup.id).sign())
                .when().get("/api/v1/webhooks").then().statusCode(403);
    }

    @Test
    void onlyHttpUrlsWithoutCredentialsAndKnownEventTypes() {
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", "ftp://example.org/hooks", "eventTypes", List.of(ACCEPTED, "pl.synergia.nothing.happened")))
                .when().post("/api/v1/webhooks").then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("url", "eventTypes[1]"))
                .body("errors[0].code", equalTo("not-http"))
                .body("errors[1].code", equalTo("unknown-value"));
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", "https://user:secret@example.org/hooks", "eventTypes", List.of(ACCEPTED)))
                .when().post("/api/v1/webhooks").then().statusCode(422).body("errors[0].code", equalTo("credentials"));
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", receiver.url("/hooks"), "eventTypes", List.of()))
                .when().post("/api/v1/webhooks").then().statusCode(422).body("errors[0].field", equalTo("eventTypes"));
        given().auth().oauth2(token).when().get("/api/v1/webhooks").then().body("", empty());
    }

    @Test
    void aDeliveryIsSignedAsStandardWebhooksSaysAndVerifiedByItsOwnLibrary() throws Exception {
        JsonPath created = subscribe(token, receiver.url("/synergia?x=1"), ACCEPTED);
        Institution other = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        UUID referral = UUID.randomUUID();
        UUID event = publish(EventType.REFERRAL_ACCEPTED, referral, pup.id, other.id);
        publish(EventType.REFERRAL_SENT, referral, pup.id); // a type not chosen
        publish(EventType.REFERRAL_ACCEPTED, UUID.randomUUID(), other.id); // not for this institution

        worker.deliverDue();

        List<Receiver.Request> got = receiver.requests();
        assertThat(got, hasSize(1));
        Receiver.Request request = got.get(0);
        assertEquals("/synergia?x=1", request.path());
        assertThat(request.header("content-type"), startsWith("application/cloudevents+json"));
        assertEquals(event.toString(), request.header("webhook-id"));
        new Webhook(created.getString("secret")).verify(request.body(), request.headers());
        JsonPath body = new JsonPath(request.body());
        assertEquals("1.0", body.getString("specversion"));
        assertEquals(event.toString(), body.getString("id"));
        assertEquals(ACCEPTED, body.getString("type"));
        assertEquals("/api/v1/referrals", body.getString("source"));
        assertEquals(referral.toString(), body.getString("subject"));
        assertEquals("application/json", body.getString("datacontenttype"));
        assertEquals("ACCEPTED", body.getString("data.status"));
        // a tampered body or another secret does not verify
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> new Webhook(created.getString("secret")).verify(request.body().replace("ACCEPTED", "REJECTED"), request.headers()));
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> new Webhook(WebhookSignature.newSecret()).verify(request.body(), request.headers()));

        JsonPath log = deliveries(created.getString("subscription.id"));
        assertEquals("DELIVERED", log.getString("items[0].status"));
        assertEquals(1, log.getInt("items[0].attempts"));
        assertEquals(204, log.getInt("items[0].lastStatus"));
        // delivered once: another run sends nothing again
        worker.deliverDue();
        assertThat(receiver.requests(), hasSize(1));
    }

    @Test
    void twoWorkersAtOnceSendEachDeliveryOnce() throws Exception {
        receiver.slow(300);
        String subscription = subscribe(token, receiver.url("/hooks"), ACCEPTED).getString("subscription.id");
        for (int i = 0; i < 3; i++) {
            publish(EventType.REFERRAL_ACCEPTED, UUID.randomUUID(), pup.id);
        }
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = instances.invokeAll(List.<Callable<Integer>> of(worker::deliverDue, worker::deliverDue));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
        List<Receiver.Request> got = receiver.requests();
        assertThat(got, hasSize(3));
        assertEquals(3, got.stream().map(r -> r.header("webhook-id")).distinct().count());
        assertThat(deliveries(subscription).getList("items.attempts"), contains(1, 1, 1));
    }

    @Test
    void failuresAreRetriedWithGrowingWaitsUntilTheReceiverAnswers() {
        Instant t0 = Instant.parse("2027-03-01T09:00:00Z");
        clock.set(t0);
        receiver.answer(500, 500);
        String subscription = subscribe(token, receiver.url("/hooks"), ACCEPTED).getString("subscription.id");
        publish(EventType.REFERRAL_ACCEPTED, UUID.randomUUID(), pup.id);

        worker.deliverDue();
        JsonPath first = deliveries(subscription);
        Instant next1 = Instant.parse(first.getString("items[0].nextAttemptAt"));
        assertThat(Duration.between(t0, next1).toMillis(), greaterThanOrEqualTo(4000L));
        assertThat(Duration.between(t0, next1).toMillis(), lessThanOrEqualTo(6000L));
        assertEquals(500, first.getInt("items[0].lastStatus"));
        given().auth().oauth2(token).when().get("/api/v1/webhooks/" + subscription).then()
                .body("failingSince", equalTo("2027-03-01T09:00:00Z"));

        worker.deliverDue(); // not due yet
        assertThat(receiver.requests(), hasSize(1));

        clock.set(next1);
        worker.deliverDue();
        JsonPath second = deliveries(subscription);
        Instant next2 = Instant.parse(second.getString("items[0].nextAttemptAt"));
        assertThat(Duration.between(next1, next2).toMillis(), greaterThanOrEqualTo(8000L));
        assertThat(Duration.between(next1, next2).toMillis(), lessThanOrEqualTo(12000L));

        clock.set(next2);
        worker.deliverDue();
        List<Receiver.Request> got = receiver.requests();
        assertThat(got, hasSize(3));
        assertEquals(1, got.stream().map(r -> r.header("webhook-id")).distinct().count());
        assertThat(got.stream().map(r -> r.header("webhook-timestamp")).distinct().toList(), hasSize(3));
        String delivery = deliveries(subscription).getString("items[0].id");
        given().auth().oauth2(token).when().get("/api/v1/webhooks/" + subscription + "/deliveries/" + delivery).then()
                .statusCode(200)
                .body("delivery.status", equalTo("DELIVERED"))
                .body("attempts.status", contains(500, 500, 204))
                .body("attempts.attempt", contains(1, 2, 3))
                .body("event.type", equalTo(ACCEPTED));
        given().auth().oauth2(token).when().get("/api/v1/webhooks/" + subscription).then().body("failingSince", nullValue());
    }

    @Test
    void aDayOfFailuresDisablesTheSubscriptionWhichCanBeEnabledAndRedelivered() {
        Instant t0 = Instant.parse("2027-03-02T09:00:00Z");
        clock.set(t0);
        receiver.answer(503, 503);
        JsonPath created = subscribe(token, receiver.url("/hooks"), ACCEPTED);
        String subscription = created.getString("subscription.id");
        UUID event = publish(EventType.REFERRAL_ACCEPTED, UUID.randomUUID(), pup.id);
        worker.deliverDue();
        clock.set(t0.plus(Duration.ofHours(25)));
        worker.deliverDue();

        given().auth().oauth2(token).when().get("/api/v1/webhooks/" + subscription).then()
                .body("enabled", equalTo(false)).body("disabledReason", equalTo("FAILING"));
        JsonPath log = deliveries(subscription);
        assertEquals("FAILED", log.getString("items[0].status"));
        assertEquals(2, log.getInt("items[0].attempts"));
        String delivery = log.getString("items[0].id");

        // while disabled nothing new is queued, and nothing is redelivered
        publish(EventType.REFERRAL_ACCEPTED, UUID.randomUUID(), pup.id);
        assertEquals(1, deliveries(subscription).getInt("totalItems"));
        given().auth().oauth2(token).when().post("/api/v1/webhooks/" + subscription + "/deliveries/" + delivery + "/redelivery")
                .then().statusCode(409);

        given().auth().oauth2(token).when().delete("/api/v1/webhooks/" + subscription + "/deactivation").then().statusCode(200)
                .body("enabled", equalTo(true)).body("disabledReason", nullValue()).body("failingSince", nullValue());
        given().auth().oauth2(token).when().post("/api/v1/webhooks/" + subscription + "/deliveries/" + delivery + "/redelivery")
                .then().statusCode(202).body("status", equalTo("PENDING"));
        worker.deliverDue();

        List<Receiver.Request> got = receiver.requests();
        assertThat(got, hasSize(3));
        assertEquals(event.toString(), got.get(2).header("webhook-id"));
        assertEquals("DELIVERED", deliveries(subscription).getString("items[0].status"));
        given().auth().oauth2(token).queryParam("status", "FAILED").when().get("/api/v1/webhooks/" + subscription + "/deliveries")
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void goneDisablesAtOnceAndAManualDisableFailsWhatIsPending() {
        receiver.answer(410);
        String gone = subscribe(token, receiver.url("/gone"), ACCEPTED).getString("subscription.id");
        publish(EventType.REFERRAL_ACCEPTED, UUID.randomUUID(), pup.id);
        worker.deliverDue();
        given().auth().oauth2(token).when().get("/api/v1/webhooks/" + gone).then()
                .body("enabled", equalTo(false)).body("disabledReason", equalTo("GONE"));

        Receiver.Request first = receiver.requests().get(0);
        assertThat(first.header("webhook-signature"), startsWith("v1,"));

        String manual = subscribe(token, receiver.url("/manual"), ACCEPTED).getString("subscription.id");
        publish(EventType.REFERRAL_ACCEPTED, UUID.randomUUID(), pup.id); // pending until the worker runs
        given().auth().oauth2(token).when().post("/api/v1/webhooks/" + manual + "/deactivation").then().statusCode(200)
                .body("disabledReason", equalTo("MANUAL"));
        assertThat(deliveries(manual).getList("items.status"), contains("FAILED"));
        worker.deliverDue();
        assertThat(receiver.requests().stream().map(Receiver.Request::path).toList(), not(org.hamcrest.Matchers.hasItem("/manual")));
    }
}
