package pl.synergia.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.plan.PlanApi;
import pl.synergia.shared.events.EventDispatcher;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * A third party's system end to end, as the PUP's case-management system would use Synergia with
 * its own client (scopes directory:write, referrals, events:read): it subscribes a webhook, keeps
 * its copy of the referral inbox with a cursor, accepts a referral that arrived, and receives the
 * signed webhook of the outcome on its own receiver. The dispatcher and the delivery worker, which
 * run on a schedule in production, are run by the test at the moments that matter.
 */
@QuarkusTest
class ThirdPartyScenarioTest {

    @Inject
    TestData data;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    WebhookWorker worker;

    @Test
    void thePupsSystemPullsItsInboxAcceptsAReferralAndReceivesTheSignedOutcome() throws Exception {
        Institution mops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS Legionowo")).create();
        Institution pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP Legionowo")).create();
        String system = Tokens.system("synergia-system-pup-" + pup.id, pup.id, "directory:write", "referrals", "events:read").sign();

        try (Receiver receiver = new Receiver()) {
            // 1. the system subscribes to the outcomes of referrals and starts its copy of the inbox
            JsonPath subscription = given().auth().oauth2(system).contentType("application/json")
                    .body(Map.of("url", receiver.url("/pup/webhooks"), "eventTypes", List.of("pl.synergia.referral.accepted",
                            "pl.synergia.referral.rejected", "pl.synergia.referral.withdrawn")))
                    .when().post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
            String secret = subscription.getString("secret");
            JsonPath empty = given().auth().oauth2(system).queryParam("box", "in").queryParam("updatedSince", "2000-01-01T00:00:00Z")
                    .when().get("/api/v1/referrals").then().statusCode(200).extract().jsonPath();
            assertThat(empty.getList("items"), empty());
            String cursor = empty.getString("nextCursor");
            String feedCursor = given().auth().oauth2(system).queryParam("after", "now").when().get("/api/v1/events")
                    .then().statusCode(200).extract().path("nextCursor");

            // 2. a caseworker of the MOPS refers a person to the PUP
            PlanApi.Referred referred = PlanApi.referral(mops, pup);

            // 3. the system pulls what changed in its inbox since its cursor
            JsonPath inbox = given().auth().oauth2(system).queryParam("box", "in").queryParam("after", cursor)
                    .when().get("/api/v1/referrals").then().statusCode(200).extract().jsonPath();
            assertThat(inbox.getList("items.id"), contains(referred.referralId()));
            assertEquals("SENT", inbox.getString("items[0].status"));
            assertEquals(false, inbox.getBoolean("items[0].person.full"));
            assertThat(inbox.getList("items[0].actions"), contains("ACCEPT", "REJECT"));
            cursor = inbox.getString("nextCursor");

            // 4. it accepts the referral
            given().auth().oauth2(system).when().post("/api/v1/referrals/" + referred.referralId() + "/acceptance")
                    .then().statusCode(200);

            // 5. the outcome is published, dispatched and delivered to its receiver, signed
            dispatcher.drain();
            worker.deliverDue();
            List<Receiver.Request> received = receiver.requests();
            assertThat(received.stream().map(r -> r.header("webhook-id") != null).toList(), contains(true));
            Receiver.Request webhook = received.get(0);
            new Webhook(secret).verify(webhook.body(), webhook.headers());
            JsonPath event = new JsonPath(webhook.body());
            assertEquals("pl.synergia.referral.accepted", event.getString("type"));
            assertEquals(referred.referralId(), event.getString("subject"));
            assertEquals(referred.planId(), event.getString("data.planId"));
            assertEquals("ACCEPTED", event.getString("data.status"));
            assertEquals(mops.id.toString(), event.getString("data.fromInstitutionId"));
            // no personal data travels in the event
            assertEquals(false, webhook.body().contains("Kowalski"));

            // 6. the inbox shows the change once more, and the feed has both events
            given().auth().oauth2(system).queryParam("box", "in").queryParam("after", cursor)
                    .when().get("/api/v1/referrals").then().statusCode(200)
                    .body("items.id", contains(referred.referralId()))
                    .body("items[0].status", org.hamcrest.Matchers.equalTo("ACCEPTED"))
                    .body("items[0].person.full", org.hamcrest.Matchers.equalTo(true));
            given().auth().oauth2(system).queryParam("after", feedCursor).when().get("/api/v1/events").then().statusCode(200)
                    .body("events.type", contains("pl.synergia.referral.sent", "pl.synergia.referral.accepted"))
                    .body("events.subject", contains(referred.referralId(), referred.referralId()));
        }
    }
}
