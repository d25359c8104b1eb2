package pl.synergia.shared.demo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.testsupport.Tokens;

/**
 * The demo data of {@code make run} (db/demo/*.sql) against the real schema: the scripts apply
 * (every check and trigger of V25–V27 holds), apply again without change, and the demo Pakt of
 * Legionowo reads through the API like one made through it.
 */
@QuarkusTest
class DemoDataTest {

    private static final String PACT = "b5000000-0000-4000-8000-000000000001";
    private static final UUID MOPS = UUID.fromString("a1000000-0000-4000-8000-000000000001");

    @Inject
    DemoDataSeeder seeder;

    @Inject
    EntityManager em;

    private long count(String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE partnership_id = '" + PACT + "'")
                .getSingleResult()).longValue();
    }

    private long[] counts() {
        return new long[] {count("partnership_version"), count("partnership_signatory"), count("partnership_stakeholder"),
            count("zsl_member"), count("zsl_meeting"), count("partnership_event")};
    }

    @Test
    void theDemoPactAppliesTwiceAndReadsThroughTheApi() {
        seeder.run();
        long[] first = counts();
        seeder.run();
        assertEquals(List.of(1L, 4L, 4L, 4L, 1L, 13L), java.util.Arrays.stream(first).boxed().toList());
        assertTrue(java.util.Arrays.equals(first, counts()), "a second run inserts nothing");

        String staff = Tokens.user("demo-staff-" + UUID.randomUUID()).roles("staff").institution(MOPS).sign();
        JsonPath detail = given().auth().oauth2(staff).when().get("/api/v1/partnerships/" + PACT)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("ACTIVE", detail.getString("status"));
        assertEquals("PACT", detail.getString("kind"));
        assertEquals("1408011", detail.getString("gmina.teryt"));
        assertEquals(MOPS.toString(), detail.getString("initiator.id"));
        assertEquals(1, detail.getInt("signedVersion"));
        assertEquals(4, detail.getLong("joinedSignatories"));

        JsonPath signatories = given().auth().oauth2(staff).when().get("/api/v1/partnerships/" + PACT + "/signatories")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("JOINED", "JOINED", "JOINED", "JOINED"), signatories.getList("status"));
        assertTrue(signatories.<String>getList("displayName").containsAll(List.of("Miejski Ośrodek Pomocy Społecznej w Legionowie",
                "Powiatowy Urząd Pracy w Legionowie", "Stowarzyszenie „Wspólna Droga”", "Krystyna Malinowska")));

        JsonPath text = given().auth().oauth2(staff).when().get("/api/v1/partnerships/" + PACT + "/versions/1")
                .then().statusCode(200).extract().jsonPath();
        String body = text.prettify();
        assertTrue(body.contains("na obszarze Gminy Legionowo"), "placeholders filled for Legionowo");
        assertTrue(body.contains("Województwa Mazowieckiego") && body.contains("Rada Miejska"));
        assertFalse(body.contains("{{"), "no placeholder left");

        given().auth().oauth2(staff).when().get("/api/v1/partnerships/" + PACT + "/history")
                .then().statusCode(200);

        JsonPath listed = given().queryParam("gmina", "1408011").queryParam("kind", "PACT").queryParam("size", "100")
                .when().get("/api/v1/public/partnerships").then().statusCode(200).extract().jsonPath();
        assertTrue(listed.<String>getList("items.id").contains(PACT));
        JsonPath pub = given().when().get("/api/v1/public/partnerships/" + PACT).then().statusCode(200).extract().jsonPath();
        assertEquals(1, pub.getInt("signedText.number"));
        assertEquals("Sołtys sołectwa Jabłonna-Osiedle", pub.getString("signatories.find { it.name == 'Krystyna Malinowska' }.function"));
        assertEquals(4, pub.getList("signatories").size());
    }

    @Test
    void theDemoRegionAppliesTwiceAndItsRecommendationReachesLegionowo() {
        seeder.run();
        String counts = "select (select count(*) from rpw_member where id::text like 'e1400000%'), "
                + "(select count(*) from need_figure where import_id = 'c1400000-0000-4000-8000-000000000001'), "
                + "(select count(*) from action_plan where id::text like 'd1420000%' and status = 'ACTIVE'), "
                + "(select count(*) from partnership where id::text like 'b5140000%')";
        Object[] first = (Object[]) em.createNativeQuery(counts).getSingleResult();
        seeder.run();
        Object[] second = (Object[]) em.createNativeQuery(counts).getSingleResult();
        assertEquals(List.of(6L, 160L, 10L, 3L), java.util.Arrays.stream(first).map(o -> ((Number) o).longValue()).toList());
        assertTrue(java.util.Arrays.equals(first, second), "a second run inserts nothing");

        String coordinator = Tokens.user("demo-coordinator-" + UUID.randomUUID()).roles("coordinator").institution(MOPS).sign();
        given().auth().oauth2(coordinator).when().get("/api/v1/recommendations/e1420000-0000-4000-8000-000000000001")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ACKNOWLEDGED"))
                .body("territory.name", org.hamcrest.Matchers.equalTo("Legionowo"))
                .body("history.size()", org.hamcrest.Matchers.equalTo(2));
        String analyst = Tokens.user("demo-analyst-" + UUID.randomUUID()).roles("regional-analyst")
                .institution(UUID.fromString("a1000000-0000-4000-8000-000000000007")).sign();
        given().auth().oauth2(analyst).when().get("/api/v1/regional/rpw/14").then().statusCode(200)
                .body("meetings.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }
}
