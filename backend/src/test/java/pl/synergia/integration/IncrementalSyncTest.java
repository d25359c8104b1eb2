package pl.synergia.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.plan.PlanApi;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Reading "changed since" with a cursor: rows that share a timestamp are split across pages
 * without loss or repeat, a row changed while paging comes again later, and a change still being
 * written when a page is read is not jumped over (the horizon of running transactions).
 */
@QuarkusTest
class IncrementalSyncTest {

    private static final String EPOCH = "2000-01-01T00:00:00Z";

    @Inject
    TestData data;

    private static String reader() {
        return Tokens.user("reader").roles("staff").sign();
    }

    private static String coordinatorOf(Institution i) {
        return Tokens.user("coord-" + i.id).roles("staff", "coordinator").institution(i.id).sign();
    }

    /** Institutions made in one transaction: they all carry the same updated_at. */
    private List<Institution> sameInstantInstitutions(String word, int count) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Institution> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                made.add(data.institution().type(InstitutionType.NGO).name("Fundacja " + word + " " + i).create());
            }
            return made;
        });
    }

    private static JsonPath changes(String word, String cursorParam, String cursor, int size) {
        return given().auth().oauth2(reader()).queryParam("q", word).queryParam(cursorParam, cursor).queryParam("size", size)
                .when().get("/api/v1/institutions").then().statusCode(200).extract().jsonPath();
    }

    /** Every page of changes from updatedSince on, following nextCursor until an empty page; returns the ids in order and the last cursor. */
    private static List<String> readAll(String word, String since, int size, List<String> cursors) {
        List<String> ids = new ArrayList<>();
        JsonPath page = changes(word, "updatedSince", since, size);
        while (true) {
            List<String> onPage = page.getList("items.id");
            ids.addAll(onPage);
            cursors.add(page.getString("nextCursor"));
            if (onPage.isEmpty()) {
                return ids;
            }
            page = changes(word, "after", page.getString("nextCursor"), size);
        }
    }

    @Test
    void rowsSharingATimestampAreSplitAcrossPagesWithoutLossOrRepeat() {
        String word = "Zrownana" + UUID.randomUUID().toString().substring(0, 8);
        List<Institution> made = sameInstantInstitutions(word, 5);

        JsonPath first = changes(word, "updatedSince", EPOCH, 2);
        assertThat(first.getList("items.updatedAt"), hasSize(2));
        assertEquals(first.getString("items[0].updatedAt"), first.getString("items[1].updatedAt"));
        assertEquals(5, first.getInt("totalItems"));

        List<String> cursors = new ArrayList<>();
        List<String> ids = readAll(word, EPOCH, 2, cursors);
        assertThat(ids, hasSize(5));
        assertThat(new HashSet<>(ids), equalTo(Set.copyOf(made.stream().map(i -> i.id.toString()).toList())));
        // an empty page gives back the cursor asked with: nothing lost by asking again later
        assertEquals(cursors.get(cursors.size() - 2), cursors.get(cursors.size() - 1));
        assertThat(changes(word, "after", cursors.get(cursors.size() - 1), 2).getList("items"), empty());
    }

    @Test
    void aRowChangedWhilePagingComesAgainLaterAndNothingIsLost() {
        String word = "Zmienna" + UUID.randomUUID().toString().substring(0, 8);
        List<Institution> made = sameInstantInstitutions(word, 5);
        JsonPath first = changes(word, "updatedSince", EPOCH, 2);
        List<String> seen = new ArrayList<>(first.getList("items.id"));
        String alreadySeen = seen.get(0);
        String notYetSeen = made.stream().map(i -> i.id.toString()).filter(id -> !seen.contains(id)).findFirst().orElseThrow();

        rename(alreadySeen, word + " po zmianie");
        rename(notYetSeen, word + " też zmieniona");

        List<String> rest = new ArrayList<>();
        JsonPath page = changes(word, "after", first.getString("nextCursor"), 2);
        while (!page.getList("items").isEmpty()) {
            rest.addAll(page.getList("items.id"));
            page = changes(word, "after", page.getString("nextCursor"), 2);
        }
        // the three not seen yet, each once, and the one seen before again, with its change
        assertThat(rest, hasSize(4));
        assertThat(new HashSet<>(rest), hasSize(4));
        assertThat(rest, org.hamcrest.Matchers.hasItem(alreadySeen));
        Set<String> all = new HashSet<>(seen);
        all.addAll(rest);
        assertThat(all, hasSize(5));
        // the changed rows come last, in the order they were changed
        assertThat(rest.subList(2, 4), contains(alreadySeen, notYetSeen));
    }

    private void rename(String id, String name) {
        String token = Tokens.user("coord-" + id).roles("staff", "coordinator").institution(UUID.fromString(id)).sign();
        JsonPath current = given().auth().oauth2(token).when().get("/api/v1/institutions/" + id).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> body = Map.of("type", current.getString("type"), "name", name,
                "gminaTeryt", current.getString("gmina.teryt"));
        given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"" + current.getLong("version") + "\"")
                .body(body).when().put("/api/v1/institutions/" + id).then().statusCode(200);
    }

    @Test
    void aChangeStillBeingWrittenIsNotJumpedOver() throws Exception {
        String word = "Wtoku" + UUID.randomUUID().toString().substring(0, 8);
        List<Institution> made = sameInstantInstitutions(word, 2);
        Institution slow = made.get(0);
        Institution fast = made.get(1);
        JsonPath start = changes(word, "updatedSince", EPOCH, 10);
        assertThat(start.getList("items"), hasSize(2));
        String cursor = start.getString("nextCursor");

        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("update institution set city = 'Wolna' where id = ?")) {
                update.setObject(1, slow.id);
                update.executeUpdate(); // its updated_at is the start of this transaction, which is still open
            }
            rename(fast.id.toString(), word + " szybka");

            // the fast change committed, but after the slow one began: it waits until the slow one ends
            JsonPath during = changes(word, "after", cursor, 10);
            assertThat(during.getList("items"), empty());
            assertEquals(cursor, during.getString("nextCursor"));
            c.commit();
        }
        JsonPath after = changes(word, "after", cursor, 10);
        assertThat(after.getList("items.id"), contains(slow.id.toString(), fast.id.toString()));
        assertThat(after.getString("items[0].city"), equalTo("Wolna"));
    }

    @Test
    void deactivatedEntriesAreChangesTooAndTheOtherFiltersApply() {
        String word = "Zamknieta" + UUID.randomUUID().toString().substring(0, 8);
        Institution closing = data.institution().type(InstitutionType.CIS).name("Centrum " + word).create();
        data.institution().type(InstitutionType.NGO).name("Fundacja " + word).create();
        String token = Tokens.user("admin").roles("admin").sign();
        String etag = given().auth().oauth2(token).when().get("/api/v1/institutions/" + closing.id).then().extract().header("ETag");
        given().auth().oauth2(token).header("If-Match", etag).when().post("/api/v1/institutions/" + closing.id + "/deactivation")
                .then().statusCode(200);
        given().auth().oauth2(reader()).queryParam("q", word).queryParam("type", "CIS").queryParam("updatedSince", EPOCH)
                .when().get("/api/v1/institutions").then().statusCode(200)
                .body("items.id", contains(closing.id.toString()))
                .body("items[0].active", equalTo(false))
                .body("nextCursor", notNullValue());
    }

    @Test
    void syncParametersAreCheckedTogether() {
        String cursor = changes("x", "updatedSince", EPOCH, 1).getString("nextCursor");
        given().auth().oauth2(reader()).queryParam("updatedSince", EPOCH).queryParam("after", cursor)
                .when().get("/api/v1/institutions").then().statusCode(400).body("errors.field", contains("after"));
        given().auth().oauth2(reader()).queryParam("after", "bm90IGEgY3Vyc29y")
                .when().get("/api/v1/institutions").then().statusCode(400).body("errors[0].code", equalTo("not-a-cursor"));
        given().auth().oauth2(reader()).queryParam("updatedSince", "wczoraj")
                .when().get("/api/v1/institutions").then().statusCode(400).body("errors[0].code", equalTo("not-a-date-time"));
        given().auth().oauth2(reader()).queryParam("updatedSince", EPOCH).queryParam("page", 2).queryParam("sort", "-name")
                .when().get("/api/v1/institutions").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("page", "sort"));
        // without sync parameters the search is as before: no cursor
        given().auth().oauth2(reader()).when().get("/api/v1/institutions").then().statusCode(200)
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void offeringChangesIncludeRemovalsAsTombstones() {
        Institution kis = data.institution().type(InstitutionType.KIS).name(TestData.unique("KIS")).gmina("1408052").create();
        String token = coordinatorOf(kis);
        JsonPath added = given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("serviceCode", "PUP_JOB_PLACEMENT_2025", "places", 10)).when().post("/api/v1/institutions/" + kis.id + "/offerings")
                .then().statusCode(200).extract().jsonPath();
        String offering = added.getString("offerings[0].id");
        String since = given().auth().oauth2(reader()).when().get("/api/v1/institutions/" + kis.id).then().extract()
                .path("updatedAt");
        given().auth().oauth2(token).header("If-Match", "\"" + added.getLong("version") + "\"")
                .when().delete("/api/v1/institutions/" + kis.id + "/offerings/" + offering).then().statusCode(200);

        JsonPath changes = given().auth().oauth2(reader()).queryParam("updatedSince", since).queryParam("teryt", "1408052")
                .queryParam("service", "PUP_JOB_PLACEMENT_2025").when().get("/api/v1/offerings").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = changes.getList("items.findAll { it.id == '" + offering + "' }");
        assertThat(mine, hasSize(1));
        assertEquals(true, mine.get(0).get("removed"));
        assertEquals(null, mine.get(0).get("status"));
        assertThat(changes.getString("nextCursor"), notNullValue());
        // without a sync parameter, service stays required and removed ones are not listed
        given().auth().oauth2(reader()).when().get("/api/v1/offerings").then().statusCode(400)
                .body("errors[0].field", equalTo("service"));
        given().auth().oauth2(reader()).queryParam("service", "PUP_JOB_PLACEMENT_2025").queryParam("teryt", "1408052")
                .when().get("/api/v1/offerings").then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem(offering)));
    }

    @Test
    void theReferralInboxIsReadByChangesAndAnAnswerComesAgain() {
        Institution ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        Institution pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        PlanApi.Referred first = PlanApi.referral(ops, pup);
        PlanApi.Referred second = PlanApi.referral(ops, pup);
        String system = Tokens.system("sync-" + pup.id, pup.id, "referrals").sign();

        JsonPath page = given().auth().oauth2(system).queryParam("box", "in").queryParam("updatedSince", EPOCH)
                .when().get("/api/v1/referrals").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.id"), contains(first.referralId(), second.referralId()));
        String cursor = page.getString("nextCursor");

        given().auth().oauth2(system).when().post("/api/v1/referrals/" + first.referralId() + "/acceptance").then().statusCode(200);

        given().auth().oauth2(system).queryParam("box", "in").queryParam("after", cursor)
                .when().get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", contains(first.referralId()))
                .body("items[0].status", equalTo("ACCEPTED"))
                .body("items[0].updatedAt", notNullValue());
        // the sender's outbox sees the same change
        given().auth().oauth2(PlanApi.staff(ops)).queryParam("box", "out").queryParam("updatedSince", EPOCH)
                .when().get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", contains(second.referralId(), first.referralId()));
    }

    @Test
    void hsdsServicesModifiedAfterAMoment() {
        Institution cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
        String token = coordinatorOf(cis);
        given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("serviceCode", "CIS_IPZS_2022", "places", 10)).when().post("/api/v1/institutions/" + cis.id + "/offerings")
                .then().statusCode(200);
        String modified = given().auth().oauth2(reader()).queryParam("organization_id", cis.id.toString())
                .when().get("/api/v1/hsds/services").then().statusCode(200).extract().path("contents[0].last_modified");
        given().auth().oauth2(reader()).queryParam("organization_id", cis.id.toString()).queryParam("modified_after", modified)
                .when().get("/api/v1/hsds/services").then().statusCode(200).body("total_items", equalTo(1));
        given().auth().oauth2(reader()).queryParam("organization_id", cis.id.toString())
                .queryParam("modified_after", java.time.Instant.parse(modified).plusMillis(1).toString())
                .when().get("/api/v1/hsds/services").then().statusCode(200).body("total_items", equalTo(0));
        given().auth().oauth2(reader()).queryParam("modified_after", "2026-13-01")
                .when().get("/api/v1/hsds/services").then().statusCode(400).body("errors[0].field", equalTo("modified_after"));
    }
}
