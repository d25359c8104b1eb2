package pl.synergia.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.shared.events.DomainEvent;
import pl.synergia.shared.events.EventDispatcher;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.events.Events;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/** The change feed: only what the caller's institution may learn of, as CloudEvents, from a cursor or from now. */
@QuarkusTest
class EventFeedTest {

    @Inject
    TestData data;

    @Inject
    Events events;

    @Inject
    EventDispatcher dispatcher;

    private Institution ops;
    private Institution cis;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
    }

    private UUID publish(EventType type, UUID subject, UUID... audience) {
        UUID id = QuarkusTransaction.requiringNew().call(() -> events.publish(DomainEvent.of(type, subject)
                .with("toInstitutionId", cis.id).with("status", "SENT").to(audience).build()));
        dispatcher.drain();
        return id;
    }

    private static JsonPath feed(String token, String after, Integer limit) {
        var request = given().auth().oauth2(token);
        if (after != null) {
            request.queryParam("after", after);
        }
        if (limit != null) {
            request.queryParam("limit", limit);
        }
        return request.when().get("/api/v1/events").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eachInstitutionReadsOnlyTheEventsForItAsCloudEvents() {
        UUID referral = UUID.randomUUID();
        UUID both = publish(EventType.REFERRAL_SENT, referral, ops.id, cis.id);
        UUID opsOnly = publish(EventType.PLAN_TEAM_MEMBER_ADDED, UUID.randomUUID(), ops.id);
        UUID cisOnly = publish(EventType.REFERRAL_OVERDUE, referral, cis.id);

        String cisSystem = Tokens.system("feed-" + cis.id, cis.id, "events:read").sign();
        JsonPath page = feed(cisSystem, null, null);
        assertThat(page.getList("events.id"), contains(both.toString(), cisOnly.toString()));
        assertEquals("1.0", page.getString("events[0].specversion"));
        assertEquals("pl.synergia.referral.sent", page.getString("events[0].type"));
        assertEquals("/api/v1/referrals", page.getString("events[0].source"));
        assertEquals(referral.toString(), page.getString("events[0].subject"));
        assertEquals("application/json", page.getString("events[0].datacontenttype"));
        assertEquals(cis.id.toString(), page.getString("events[0].data.toInstitutionId"));
        assertEquals(page.getString("events[1].sequence"), page.getString("nextCursor"));
        assertEquals(false, page.getBoolean("hasMore"));

        String opsStaff = Tokens.user("staff-" + ops.id).roles("staff").institution(ops.id).sign();
        assertThat(feed(opsStaff, null, null).getList("events.id"), contains(both.toString(), opsOnly.toString()));
    }

    @Test
    void aReaderStartsFromNowAndFollowsTheCursorAPageAtATime() {
        publish(EventType.REFERRAL_SENT, UUID.randomUUID(), cis.id);
        String token = Tokens.system("feed-now-" + cis.id, cis.id, "events:read").sign();
        JsonPath now = feed(token, "now", null);
        assertThat(now.getList("events"), empty());
        String cursor = now.getString("nextCursor");
        assertThat(feed(token, cursor, null).getList("events"), empty());

        UUID a = publish(EventType.REFERRAL_SENT, UUID.randomUUID(), cis.id);
        UUID b = publish(EventType.REFERRAL_ACCEPTED, UUID.randomUUID(), cis.id);
        UUID c = publish(EventType.REFERRAL_COMPLETED, UUID.randomUUID(), cis.id);

        JsonPath first = feed(token, cursor, 2);
        assertThat(first.getList("events.id"), contains(a.toString(), b.toString()));
        assertEquals(true, first.getBoolean("hasMore"));
        JsonPath second = feed(token, first.getString("nextCursor"), 2);
        assertThat(second.getList("events.id"), contains(c.toString()));
        assertEquals(false, second.getBoolean("hasMore"));
        JsonPath third = feed(token, second.getString("nextCursor"), 2);
        assertThat(third.getList("events"), empty());
        assertEquals(second.getString("nextCursor"), third.getString("nextCursor"));
    }

    @Test
    void theFeedNeedsAnInstitutionTheScopeAndValidParameters() {
        String token = Tokens.system("feed-params-" + cis.id, cis.id, "events:read").sign();
        given().auth().oauth2(token).queryParam("after", "abc").queryParam("limit", 501)
                .when().get("/api/v1/events").then().statusCode(400).body("errors.field", contains("after", "limit"));
        given().auth().oauth2(Tokens.system("feed-noscope-" + cis.id, cis.id, "referrals").sign())
                .when().get("/api/v1/events").then().statusCode(403).body("errors[0].code", equalTo("missing-scope"));
        given().auth().oauth2(Tokens.system("feed-noinst", null, "events:read").sign())
                .when().get("/api/v1/events").then().statusCode(403);
        given().auth().oauth2(Tokens.user("analyst").roles("regional-analyst").institution(cis.id).sign())
                .when().get("/api/v1/events").then().statusCode(403);
        given().when().get("/api/v1/events").then().statusCode(401);
    }
}
