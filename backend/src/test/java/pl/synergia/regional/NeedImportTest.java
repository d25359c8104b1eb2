package pl.synergia.regional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static pl.synergia.regional.RegionalApi.admin;
import static pl.synergia.regional.RegionalApi.analyst;
import static pl.synergia.regional.RegionalApi.as;
import static pl.synergia.regional.RegionalApi.item;
import static pl.synergia.regional.RegionalApi.values;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import pl.synergia.directory.Institution;
import pl.synergia.directory.OfficialStatusKind;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * The need import (the directory import's contract): a ROPS imports figures of its voivodeship's
 * gminas; bad input answers 4xx problems or a failed job, and nothing is stored; all or nothing,
 * idempotent, dry run, progress. Then the figures and the ratios of supply to need, computed by
 * hand, in powiat gołdapski (2818) of warmińsko-mazurskie (28), where no other test puts anything.
 */
@QuarkusTest
class NeedImportTest {

    static final String GOLDAP = "2818033";
    static final String BANIE = "2818012";
    static final String DUBENINKI = "2818022";
    static final String POWIAT = "2818";
    static final int LAST_YEAR = LocalDate.now(PolishTime.ZONE).getYear() - 1;

    static Institution rops;

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @BeforeEach
    void institutions() {
        if (rops == null) {
            rops = data.institution().type(InstitutionType.ROPS).gmina("2862011").name(TestData.unique("Regionalny Ośrodek Polityki Społecznej w Olsztynie")).create();
            data.institution().type(InstitutionType.CIS).gmina(GOLDAP).name(TestData.unique("Centrum Integracji Społecznej w Gołdapi"))
                    .officialStatus(OfficialStatusKind.CIS_STATUS, LocalDate.of(2020, 1, 1), null).places(30).create();
            data.institution().type(InstitutionType.KIS).gmina(GOLDAP).name(TestData.unique("Klub Integracji Społecznej w Gołdapi"))
                    .officialStatus(OfficialStatusKind.KIS_REGISTER, LocalDate.of(2020, 1, 1), null).places(10).create();
        }
    }

    private static String analyst28() {
        return analyst(rops.id);
    }

    private static ValidatableResponse post(String token, byte[] body, String contentType, boolean dryRun) {
        return given().auth().oauth2(token).contentType(contentType).body(body).queryParam("filename", "potrzeby.csv")
                .queryParam("dryRun", dryRun).when().post("/api/v1/regional/need-imports").then();
    }

    private static JsonPath start(String token, String csv, boolean dryRun) {
        return post(token, csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", dryRun).statusCode(202)
                .header("Location", containsString("/api/v1/regional/need-imports/")).body("job.status", equalTo("QUEUED"))
                .extract().jsonPath();
    }

    private static JsonPath finished(String token, JsonPath started) {
        String id = started.getString("job.id");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath now = as(token).when().get("/api/v1/regional/need-imports/" + id).then().statusCode(200).extract().jsonPath();
            if (now.getString("job.status").equals("SUCCEEDED") || now.getString("job.status").equals("FAILED")) {
                return now;
            }
            RegionalApi.sleep();
        }
        fail("need import " + id + " did not finish within a minute");
        return null;
    }

    private long stored() {
        return ((Number) em.createNativeQuery("select count(*) from need_figure").getSingleResult()).longValue();
    }

    private long jobs() {
        return ((Number) em.createNativeQuery("select count(*) from need_import").getSingleResult()).longValue();
    }

    private static String file(String... rows) {
        return "gmina_teryt;gmina_name;year;figure;value\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    @Test
    void theRopsImportsItsGminasFiguresWhichAddUpAndMeetTheSupply() {
        String csv = file(GOLDAP + ";Gołdap;" + LAST_YEAR + ";SA_UNEMPLOYMENT;160",
                BANIE + ";Banie Mazurskie;" + LAST_YEAR + ";SA_UNEMPLOYMENT;3",
                DUBENINKI + ";Dubeninki;" + LAST_YEAR + ";sa-unemployment;25",
                GOLDAP + ";Gołdap;" + LAST_YEAR + ";SA_DISABILITY;100",
                BANIE + ";Banie Mazurskie;" + LAST_YEAR + ";SA_DISABILITY;50",
                DUBENINKI + ";Dubeninki;" + LAST_YEAR + ";SA_DISABILITY;1 200");
        JsonPath job = finished(analyst28(), start(analyst28(), csv, false));
        assertEquals("SUCCEEDED", job.getString("job.status"), job.prettify());
        assertEquals(6, job.getInt("job.totalRows"));
        assertEquals(6, job.getInt("job.processedRows"));
        assertEquals(6, job.getInt("job.created"));
        assertEquals("28", job.getString("voivodeshipCode"));
        assertNotNull(job.getString("refreshId"), "the imported year is refreshed");
        JsonPath refresh = RegionalApi.finished(job.getString("refreshId"));
        assertEquals("SUCCEEDED", refresh.getString("status"));
        assertEquals("NEED_IMPORT", refresh.getString("trigger"));
        assertEquals(List.of(LAST_YEAR), refresh.getList("years", Integer.class));

        String year = Integer.toString(LAST_YEAR);
        JsonPath need = values(analyst28(), "NEED_SA_UNEMPLOYMENT", "GMINA", POWIAT, year);
        assertEquals(160, ((Number) item(need, GOLDAP).get("value")).intValue());
        // 3 is hidden, and 25, the smallest shown, with it: 188 - 160 would give the 3 away
        assertEquals(true, item(need, BANIE).get("suppressed"));
        assertEquals(true, item(need, DUBENINKI).get("suppressed"));
        assertEquals(188, ((Number) item(values(analyst28(), "NEED_SA_UNEMPLOYMENT", "POWIAT", "28", year), POWIAT).get("value")).intValue());
        // the voivodeship: its other gminas were not imported, so no sum (no data, not 0 and not hidden)
        Map<String, Object> voivodeship = item(values(analyst28(), "NEED_SA_UNEMPLOYMENT", "VOIVODESHIP", null, year), "28");
        assertNull(voivodeship.get("value"));
        assertEquals(false, voivodeship.get("suppressed"));
        // a gmina of another powiat was not imported: no data
        assertNull(item(values(analyst28(), "NEED_SA_UNEMPLOYMENT", "GMINA", "2819", year), "2819012").get("value"));

        // supply against need: 40 CIS and KIS places at the end of the year
        JsonPath ratio = values(analyst28(), "CIS_KIS_PLACES_PER_100_SA_UNEMPLOYMENT", "GMINA", POWIAT, year);
        assertEquals(0, new BigDecimal("25.00").compareTo(new BigDecimal(item(ratio, GOLDAP).get("value").toString())), "40 x 100 / 160");
        assertEquals(true, item(ratio, BANIE).get("suppressed"));
        assertEquals(true, item(ratio, DUBENINKI).get("suppressed"));
        Object powiatRatio = item(values(analyst28(), "CIS_KIS_PLACES_PER_100_SA_UNEMPLOYMENT", "POWIAT", "28", year), POWIAT).get("value");
        assertEquals(0, new BigDecimal("21.28").compareTo(new BigDecimal(powiatRatio.toString())), "40 x 100 / 188");
        JsonPath disability = values(analyst28(), "WTZ_ZAZ_PLACES_PER_100_SA_DISABILITY", "GMINA", POWIAT, year);
        assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(item(disability, DUBENINKI).get("value").toString())));
        assertEquals(1200, ((Number) item(values(analyst28(), "NEED_SA_DISABILITY", "GMINA", POWIAT, year), DUBENINKI).get("value")).intValue());
        // no long-term unemployed imported: that ratio has no data
        assertNull(item(values(analyst28(), "CIS_KIS_PLACES_PER_100_LONG_TERM_UNEMPLOYED", "GMINA", POWIAT, year), GOLDAP).get("value"));
        // need is yearly
        as(analyst28()).queryParam("indicator", "NEED_SA_UNEMPLOYMENT").queryParam("period", LAST_YEAR + "-01")
                .when().get("/api/v1/regional/values").then().statusCode(400);
        // people figures of need of another voivodeship are foreign
        as(analyst(RegionalApi.MCPS)).queryParam("indicator", "NEED_SA_UNEMPLOYMENT").queryParam("unit", POWIAT)
                .queryParam("period", year).when().get("/api/v1/regional/values").then().statusCode(404);

        // the same file again changes nothing; one changed value is one update
        JsonPath again = finished(analyst28(), start(analyst28(), csv, false));
        assertEquals(0, again.getInt("job.created"));
        assertEquals(6, again.getInt("job.unchanged"));
        JsonPath changed = finished(analyst28(), start(analyst28(), file(GOLDAP + ";Gołdap;" + LAST_YEAR + ";SA_UNEMPLOYMENT;161"), false));
        assertEquals(1, changed.getInt("job.updated"));
        assertEquals(161, ((Number) em.createNativeQuery("select value from need_figure where gmina_teryt = ?1 and year = ?2 and figure = 'SA_UNEMPLOYMENT'")
                .setParameter(1, GOLDAP).setParameter(2, LAST_YEAR).getSingleResult()).intValue());
    }

    @Test
    void aDryRunCountsButStoresNothing() {
        long before = stored();
        JsonPath job = finished(analyst28(), start(analyst28(), file(GOLDAP + ";;" + LAST_YEAR + ";SA_POVERTY;7",
                BANIE + ";;" + LAST_YEAR + ";SA_POVERTY;8"), true));
        assertEquals("SUCCEEDED", job.getString("job.status"));
        assertEquals(true, job.getBoolean("job.dryRun"));
        assertEquals(2, job.getInt("job.created"));
        assertNull(job.getString("refreshId"));
        assertEquals(before, stored());
    }

    @Test
    void rowErrorsAreReportedByLineAndColumnAndNothingIsStored() {
        long before = stored();
        String csv = file(
                GOLDAP + ";Gołdap;" + LAST_YEAR + ";SA_POVERTY;10",  // line 2: valid, but not written
                "28180;x;" + LAST_YEAR + ";SA_POVERTY;10",              // 3: not a TERYT code
                "2818999;x;" + LAST_YEAR + ";SA_POVERTY;10",            // 4: no such gmina
                GOLDAP + ";x;1999;SA_POVERTY;10",                       // 5: year out of range
                GOLDAP + ";x;" + LAST_YEAR + ";POVERTY;10",             // 6: unknown figure
                BANIE + ";x;" + LAST_YEAR + ";SA_POVERTY;dużo",         // 7: not a number
                BANIE + ";x;" + LAST_YEAR + ";SA_ADDICTION;-4",         // 8: negative
                GOLDAP + ";x;" + LAST_YEAR + ";SA_POVERTY;11",          // 9: duplicate of line 2
                DUBENINKI + ";x;" + LAST_YEAR + ";SA_POVERTY",          // 10: a cell missing
                BANIE + ";x;;SA_HOMELESSNESS;2");                        // 11: year missing
        JsonPath job = finished(analyst28(), start(analyst28(), csv, false));
        assertEquals("FAILED", job.getString("job.status"), job.prettify());
        assertEquals(10, job.getInt("job.processedRows"));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11), job.getList("job.errors.line", Integer.class));
        assertEquals(java.util.Arrays.asList("gmina_teryt", "gmina_teryt", "year", "figure", "value", "value", "figure", null, "year"),
                job.getList("job.errors.column"));
        assertEquals(List.of("not-teryt", "invalid-reference", "out-of-range", "unknown-value", "not-a-number", "out-of-range",
                "duplicate", "wrong-column-count", "required"), job.getList("job.errors.code"));
        assertTrue(job.getString("job.errors[6].message").contains("line 2"), job.prettify());
        assertNull(job.getString("refreshId"));
        assertEquals(before, stored(), "all or nothing");
    }

    @Test
    void anAnalystImportsOnlyForTheirVoivodeshipAnAdministratorForAny() {
        long before = stored();
        long jobsBefore = jobs();
        String csv = file(GOLDAP + ";Gołdap;" + LAST_YEAR + ";SA_POVERTY;10", "1408011;Legionowo;" + LAST_YEAR + ";SA_POVERTY;10",
                "2603033;Kazimierza Wielka;" + LAST_YEAR + ";SA_POVERTY;10");
        post(analyst28(), csv.getBytes(StandardCharsets.UTF_8), "text/csv", false).statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("line 3: gmina_teryt", "line 4: gmina_teryt")))
                .body("errors.code", equalTo(List.of("outside-voivodeship", "outside-voivodeship")))
                .body("errors[0].params.line", equalTo(3)).body("errors[0].params.column", equalTo("gmina_teryt"));
        assertEquals(before, stored());
        assertEquals(jobsBefore, jobs(), "nothing was even queued");
        // an administrator may; its imports are not the analyst's
        JsonPath byAdmin = finished(admin(), start(admin(), file("1408011;Legionowo;" + (LAST_YEAR - 1) + ";SA_HOMELESSNESS;12"), true));
        assertEquals("SUCCEEDED", byAdmin.getString("job.status"));
        assertNull(byAdmin.getString("voivodeshipCode"));
        as(analyst28()).when().get("/api/v1/regional/need-imports/" + byAdmin.getString("job.id")).then().statusCode(404);
        List<String> analystsList = as(analyst28()).when().get("/api/v1/regional/need-imports").then().statusCode(200).extract()
                .jsonPath().getList("items.voivodeshipCode");
        assertTrue(analystsList.stream().allMatch("28"::equals), analystsList.toString());
        as(admin()).when().get("/api/v1/regional/need-imports").then().statusCode(200)
                .body("items.job.id", hasItems(byAdmin.getString("job.id")));
    }

    @Test
    void badFilesAnswer4xxProblemsAndStoreNothing() {
        long before = stored();
        long jobsBefore = jobs();
        String analyst = analyst28();
        post(analyst, new byte[0], "text/csv", false).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("errors[0].code", equalTo("required"));
        post(analyst, "gmina_teryt;year;figure;value\r\n".getBytes(StandardCharsets.UTF_8), "text/csv", false).statusCode(422);
        post(analyst, ("gmina_teryt;year;figure;value\r\n2818033;2024;SA_POVERTY;Łódź\r\n").getBytes(Charset.forName("ISO-8859-2")),
                "text/csv", false).statusCode(400).body("errors[0].code", equalTo("not-utf-8"));
        post(analyst, "gmina_teryt;year;colour;value\r\n2818033;2024;x;1\r\n".getBytes(StandardCharsets.UTF_8), "text/csv", false)
                .statusCode(422).body("errors.code", hasItems("unknown-column", "missing-column"))
                .body("errors.field", hasItems("colour", "figure"));
        post(analyst, "gmina_teryt;year;figure;value\r\n\"2818033;2024;SA_POVERTY;1\r\n".getBytes(StandardCharsets.UTF_8), "text/csv", false)
                .statusCode(400).body("errors[0].code", equalTo("not-csv"));
        byte[] huge = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        post(analyst, huge, "text/csv", false).statusCode(413).contentType("application/problem+json");
        post(analyst, "{}".getBytes(StandardCharsets.UTF_8), "application/json", false).statusCode(415);
        given().auth().oauth2(analyst).contentType("text/csv").body(file(GOLDAP + ";;2024;SA_POVERTY;1")).queryParam("dryRun", "maybe")
                .when().post("/api/v1/regional/need-imports").then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        assertEquals(before, stored());
        assertEquals(jobsBefore, jobs());
        // who may not
        post(Tokens.user("staff-28").roles("staff", "coordinator").institution(rops.id).sign(),
                file(GOLDAP + ";;2024;SA_POVERTY;1").getBytes(StandardCharsets.UTF_8), "text/csv", false).statusCode(403);
        post(Tokens.user("analyst-without").roles("regional-analyst").sign(),
                file(GOLDAP + ";;2024;SA_POVERTY;1").getBytes(StandardCharsets.UTF_8), "text/csv", false).statusCode(403);
        as(analyst).when().get("/api/v1/regional/need-imports/not-a-uuid").then().statusCode(400);
        assertEquals(before, stored());
    }
}
