package pl.synergia.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/** CSV import of the directory: who may, what is checked, all-or-nothing, idempotent upserts, progress. */
@QuarkusTest
class DirectoryImportTest {

    @jakarta.inject.Inject
    TestData data;

    private static final String HEADER = "external_id,type,name,gmina_teryt,street,postal_code,city,operator_external_id,"
            + "nip,status_kind,status_valid_from,status_valid_to,places,cooperation_areas";

    private static String admin() {
        return Tokens.user("admin").roles("admin").sign();
    }

    private static String ext(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String csv(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    private static JsonPath start(String csv) {
        return start(csv.getBytes(StandardCharsets.UTF_8), false);
    }

    private static JsonPath start(byte[] body, boolean dryRun) {
        return given().auth().oauth2(admin()).contentType("text/csv; charset=UTF-8").body(body)
                .queryParam("filename", "instytucje.csv").queryParam("dryRun", dryRun)
                .when().post("/api/v1/directory/imports")
                .then().statusCode(202)
                .header("Location", containsString("/api/v1/directory/imports/"))
                .body("status", equalTo("QUEUED"))
                .body("fileName", equalTo("instytucje.csv"))
                .body("createdBy", equalTo("Test admin"))
                .extract().jsonPath();
    }

    /** Polls the job as the SPA does until it has finished. */
    private static JsonPath finished(JsonPath job) {
        String id = job.getString("id");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath now = given().auth().oauth2(admin()).when().get("/api/v1/directory/imports/" + id)
                    .then().statusCode(200).extract().jsonPath();
            String status = now.getString("status");
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return now;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        fail("import " + id + " did not finish within a minute");
        return null;
    }

    private static JsonPath byName(String name) {
        return given().auth().oauth2(admin()).queryParam("q", name).queryParam("includeInactive", true)
                .when().get("/api/v1/institutions").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath entry(String id) {
        return given().auth().oauth2(admin()).when().get("/api/v1/institutions/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath historyOf(String id) {
        return given().auth().oauth2(admin()).when().get("/api/v1/institutions/" + id + "/history")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void importsNewEntriesWithOperatorsAndAgainChangesNothing() {
        String ngo = ext("ngo");
        String kis = ext("kis");
        String ngoName = TestData.unique("Stowarzyszenie Łódzkie Żółw");
        String kisName = TestData.unique("Klub Integracji Społecznej przy Stowarzyszeniu");
        // The KIS names its operator, which comes later in the file: the import writes the operator first.
        String file = csv(
                kis + ",KIS,\"" + kisName + "\",1061011,\"ul. Piotrkowska 1, lok. 2\",90-001,Łódź," + ngo
                        + ",,KIS_REGISTER,2024-01-01,31.12.2030,25,reintegracja społeczna|praca socjalna",
                ngo + ",NGO," + ngoName + ",1061011,ul. Zielona 3,90-002,Łódź,,5260250274,,,,,");

        JsonPath first = finished(start(file));
        assertEquals("SUCCEEDED", first.getString("status"), first.prettify());
        assertEquals(2, first.getInt("totalRows"));
        assertEquals(2, first.getInt("processedRows"));
        assertEquals(2, first.getInt("writtenRows"));
        assertEquals(2, first.getInt("created"));
        assertEquals(0, first.getInt("updated"));
        assertEquals(0, first.getInt("errorCount"));

        JsonPath found = byName(kisName);
        assertEquals(1, found.getInt("totalItems"));
        String kisId = found.getString("items[0].id");
        JsonPath kisEntry = entry(kisId);
        assertEquals("Łódź", kisEntry.getString("address.city"));
        assertEquals("ul. Piotrkowska 1, lok. 2", kisEntry.getString("address.street"));
        assertEquals(ngoName, kisEntry.getString("operator.name"));
        assertEquals("2030-12-31", kisEntry.getString("officialStatus.validTo"));
        assertEquals(List.of("reintegracja społeczna", "praca socjalna"), kisEntry.getList("cooperationAreas"));
        assertEquals(kis, kisEntry.getString("externalId"));
        long version = kisEntry.getLong("version");
        JsonPath created = historyOf(kisId);
        assertEquals(1, created.getInt("totalItems"));
        assertEquals("IMPORTED", created.getString("items[0].action"));
        assertEquals("Test admin", created.getString("items[0].changedBy"));

        // Diacritics-free search finds what the import wrote.
        assertEquals(1, byName("stowarzyszenie lodzkie zolw " + ngoName.substring(ngoName.length() - 8)).getInt("totalItems"));

        JsonPath second = finished(start(file));
        assertEquals("SUCCEEDED", second.getString("status"), second.prettify());
        assertEquals(0, second.getInt("created"));
        assertEquals(0, second.getInt("updated"));
        assertEquals(2, second.getInt("unchanged"));
        assertEquals(version, entry(kisId).getLong("version"), "an unchanged row must not give the entry a new version");
        assertEquals(1, historyOf(kisId).getInt("totalItems"), "an unchanged row must not write history");

        String renamed = kisName + " (nowa nazwa)";
        JsonPath third = finished(start(file.replace(kisName, renamed)));
        assertEquals(1, third.getInt("updated"), third.prettify());
        assertEquals(1, third.getInt("unchanged"));
        JsonPath changes = historyOf(kisId);
        assertEquals(2, changes.getInt("totalItems"));
        assertEquals("IMPORTED", changes.getString("items[0].action"));
        assertEquals(List.of("name"), changes.getList("items[0].changes.field"));
        assertEquals(kisName, changes.getString("items[0].changes[0].oldValue"));
        assertEquals(renamed, changes.getString("items[0].changes[0].newValue"));
        assertEquals(version + 1, entry(kisId).getLong("version"));
    }

    @Test
    void aFileWithAnyBadRowWritesNothingAndReportsEveryRowByLine() {
        String good = TestData.unique("Fundacja Dobra");
        String dup = ext("dup");
        String file = csv(
                ext("ok") + ",NGO," + good + ",1408011,,,,,,,,,,",                  // line 2: valid
                ext("a") + ",NGO,Fundacja A,9999999,,,,,,,,,,",                       // line 3: no such gmina
                ext("b") + ",NGO,Fundacja B,1408011,,,,,1234567890,,,,,",             // line 4: NIP checksum
                ext("c") + ",KLUB,Fundacja C,1408011,,,,,,,,,,",                      // line 5: unknown type
                ext("d") + ",NGO,,1408011,,,,,,CIS_STATUS,2026-13-01,,-5,",            // line 6: name, date, places
                dup + ",NGO,\"Fundacja\nz dwiema liniami\",1408011,,,,,,,,,,",        // lines 7-8: valid, quoted line break
                dup + ",NGO,Fundacja E,1408011,,00-00,,,,,,,,",                       // line 9: duplicate id, postal code
                ext("f") + ",NGO,Fundacja F,1408011,,,,brak-takiego,,,,,,",           // line 10: unknown operator
                ",NGO,Fundacja G,1408011,,,,,,,,,,",                                  // line 11: no external id
                ext("h") + ",NGO,Fundacja H,1408011",                                 // line 12: too few cells
                ext("i") + ",NGO,Fundacja\u0000I,1408011,,,,,,,,,,",                   // line 13: NUL (issue #13: a 500 from PostgreSQL)
                ext("j") + ",NGO,Fundacja J,1408011,,,,,,CIS_STATUS,0000-01-01,,,");   // line 14: year 0000

        JsonPath job = finished(start(file));
        assertEquals("FAILED", job.getString("status"));
        assertEquals(12, job.getInt("totalRows"));
        assertEquals(0, job.getInt("created"));
        List<Map<String, Object>> errors = job.getList("errors");
        List<String> where = new ArrayList<>();
        for (Map<String, Object> e : errors) {
            where.add(e.get("line") + ":" + e.get("column") + ":" + e.get("code"));
        }
        assertEquals(List.of(
                "3:gmina_teryt:invalid-reference",
                "4:nip:Nip",
                "5:type:unknown-value",
                "6:name:required", "6:status_valid_from:not-a-date", "6:places:PositiveOrZero",
                "9:postal_code:Pattern", "9:external_id:duplicate",
                "10:operator_external_id:invalid-reference",
                "11:external_id:required",
                "12:null:wrong-column-count",
                "13:name:control-character",
                "14:status_valid_from:out-of-range"), where);
        assertEquals(errors.size(), job.getInt("errorCount"));
        assertTrue(job.getString("failureDetail").contains("nothing was written"));
        assertEquals(0, byName(good).getInt("totalItems"), "a failed import must leave no row behind");
    }

    @Test
    void theCooperativeProfileIsOnlyForSocialCooperatives() {
        String name = TestData.unique("Spółdzielnia Socjalna Profil");
        String header = "external_id,type,name,gmina_teryt,cooperative_profile\r\n";
        JsonPath refused = finished(start(header + ext("ops") + ",OPS," + name + " OPS,1408011,SERVICE\r\n"
                + ext("coop") + ",SPOLDZIELNIA," + name + ",1408011,rolniczy\r\n"));
        assertEquals("FAILED", refused.getString("status"));
        assertEquals(List.of("invalid-for-type", "unknown-value"), refused.getList("errors.code"));
        assertEquals(List.of(2, 3), refused.getList("errors.line"));
        JsonPath job = finished(start(header + ext("coop") + ",SPOLDZIELNIA," + name + ",1408011,integration\r\n"));
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals("INTEGRATION", entry(byName(name).getString("items[0].id")).getString("cooperativeProfile"));
    }

    @Test
    void aCircleOfOperatorsIsRefused() {
        String a = ext("a");
        String b = ext("b");
        String name = TestData.unique("Krąg");
        JsonPath job = finished(start(csv(
                a + ",NGO," + name + " A,1408011,,,," + b + ",,,,,,",
                b + ",NGO," + name + " B,1408011,,,," + a + ",,,,,,")));
        assertEquals("FAILED", job.getString("status"));
        assertEquals("circular-reference", job.getString("errors[0].code"));
        assertEquals(0, byName(name).getInt("totalItems"));
    }

    @Test
    void aDryRunCountsButWritesNothing() {
        String name = TestData.unique("Spółdzielnia Socjalna Próba");
        JsonPath job = finished(start(csv(ext("dry") + ",SPOLDZIELNIA," + name + ",1408011,,,,,,,,,,")
                .getBytes(StandardCharsets.UTF_8), true));
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertTrue(job.getBoolean("dryRun"));
        assertEquals(1, job.getInt("created"));
        assertEquals(0, byName(name).getInt("totalItems"));
    }

    @Test
    void semicolonsAndTheExcelBomAreUnderstood() {
        String name = TestData.unique("Centrum Integracji Społecznej Średnica");
        String file = "\uFEFF" + HEADER.replace(',', ';') + "\r\n" + ext("semi") + ";CIS;" + name
                + ";1408011;;;;;;;;;12;\r\n";
        JsonPath job = finished(start(file));
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        JsonPath found = byName(name);
        assertEquals(1, found.getInt("totalItems"));
        assertEquals(12, entry(found.getString("items[0].id")).getInt("places"));
    }

    @Test
    void progressReachesEveryRowOfALongerFile() {
        String prefix = TestData.unique("Koło Gospodyń Wiejskich");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            rows.add(ext("long" + i) + ",NGO," + prefix + " nr " + i + ",1408011,,,,,,,,,,");
        }
        JsonPath job = finished(start(csv(rows.toArray(String[]::new))));
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(450, job.getInt("totalRows"));
        assertEquals(450, job.getInt("processedRows"));
        assertEquals(450, job.getInt("writtenRows"));
        assertEquals(450, job.getInt("created"));
        assertEquals(450, byName(prefix).getInt("totalItems"));
        given().auth().oauth2(admin()).queryParam("size", 100).when().get("/api/v1/directory/imports")
                .then().statusCode(200)
                .body("items.id", hasItem(job.getString("id")));
    }

    @Test
    void problemsWithTheWholeFileAnswerAtOnce() {
        given().auth().oauth2(admin()).contentType("text/csv").body("external_id,typ,name\r\nx,NGO,y\r\n")
                .when().post("/api/v1/directory/imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("typ", "type", "gmina_teryt"))
                .body("errors.code", contains("unknown-column", "missing-column", "missing-column"));
        byte[] latin2 = (HEADER + "\r\nx,NGO,Gmina Łódź,1061011,,,,,,,,,,\r\n").getBytes(Charset.forName("ISO-8859-2"));
        given().auth().oauth2(admin()).contentType("text/csv").body(latin2)
                .when().post("/api/v1/directory/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("not-utf-8"));
        given().auth().oauth2(admin()).contentType("text/csv").body(HEADER + "\r\nx,NGO,\"Fundacja\" \"Zła\",1408011\r\n")
                .when().post("/api/v1/directory/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("not-csv"))
                .body("detail", containsString("line 2"));
        given().auth().oauth2(admin()).contentType("text/csv").body(new byte[0])
                .when().post("/api/v1/directory/imports")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(admin()).contentType("text/csv").body(csv("x,NGO,y,1408011,,,,,,,,,,"))
                .queryParam("dryRun", "może")
                .when().post("/api/v1/directory/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dryRun"));
        given().auth().oauth2(admin()).contentType("application/json").body("{}")
                .when().post("/api/v1/directory/imports")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void onlyAdministratorsImportAndSeeImports() {
        String coordinator = Tokens.user("coord").roles("staff", "coordinator").institution(UUID.randomUUID()).sign();
        given().auth().oauth2(coordinator).contentType("text/csv").body(csv("x,NGO,y,1408011,,,,,,,,,,"))
                .when().post("/api/v1/directory/imports")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(coordinator).when().get("/api/v1/directory/imports")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("text/csv").body(csv("x,NGO,y,1408011,,,,,,,,,,"))
                .when().post("/api/v1/directory/imports")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(admin()).when().get("/api/v1/directory/imports/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin()).when().get("/api/v1/directory/imports/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anExportedFileImportsBackUnchanged() {
        String ext = ext("round");
        String name = TestData.unique("=HYPERLINK(\"http://zły.example\") Fundacja Łąka");
        JsonPath job = finished(start(csv(ext + ",NGO,\"" + name.replace("\"", "\"\"")
                + "\",1408011,\"ul. Długa 5\",05-120,Legionowo,,5260250274,KIS_REGISTER,2025-06-01,2027-05-31,10,a|b")));
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());

        byte[] exportedBytes = given().auth().oauth2(Tokens.user("staff").roles("staff").sign())
                .queryParam("q", name.substring(name.length() - 20))
                .when().get("/api/v1/directory/export.csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"synergia-instytucje-"))
                .header("Cache-Control", equalTo("no-store"))
                .extract().body().asByteArray();
        String exported = new String(exportedBytes, StandardCharsets.UTF_8);
        assertTrue(exported.startsWith("\uFEFFid,external_id,type,name,"), exported);
        String[] lines = exported.split("\r\n");
        assertEquals(2, lines.length, exported);
        assertTrue(lines[1].contains(",\"'=HYPERLINK(\"\"http://zły.example\"\") Fundacja Łąka"),
                "a formula must be defused for spreadsheets: " + lines[1]);

        JsonPath again = finished(start(exported));
        assertEquals("SUCCEEDED", again.getString("status"), again.prettify());
        assertEquals(1, again.getInt("unchanged"), again.prettify());
        assertEquals(name, byName(name.substring(name.length() - 20)).getString("items[0].name"));
    }

    @Test
    void entriesWithoutAnExternalIdentifierExportWithASynergiaKeyAndImportBackWithNoChange() {
        String token = "Obieg" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
        Institution operator = data.institution().type(pl.synergia.shared.institution.InstitutionType.NGO)
                .name("Stowarzyszenie " + token + " Prowadzące").create();
        Institution cis = data.institution().type(pl.synergia.shared.institution.InstitutionType.CIS)
                .name("Centrum Integracji Społecznej " + token).operator(operator)
                .officialStatus(OfficialStatusKind.CIS_STATUS, java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2030, 12, 31))
                .places(25).create();
        // an entry of an outside register operated by one that has only a Synergia id: the key names it
        String ext = ext("rt");
        JsonPath first = finished(start(csv(ext + ",KIS,Klub Integracji Społecznej " + token + ",1408011,,,,synergia:" + operator.id
                + ",,,,,,")));
        assertEquals("SUCCEEDED", first.getString("status"), first.prettify());
        assertEquals(1, first.getInt("created"), first.prettify());

        String exported = new String(given().auth().oauth2(Tokens.user("staff").roles("staff").sign()).queryParam("q", token)
                .when().get("/api/v1/directory/export.csv").then().statusCode(200).extract().body().asByteArray(), StandardCharsets.UTF_8);
        String[] lines = exported.split("\r\n");
        assertEquals(4, lines.length, exported);
        assertTrue(exported.contains("," + "synergia:" + operator.id + ",NGO,"), "an entry without one gets a synergia key: " + exported);
        assertTrue(exported.contains(",synergia:" + cis.id + ",CIS,"), exported);
        assertTrue(exported.contains("," + ext + ",KIS,"), exported);

        JsonPath dry = finished(start(exported.getBytes(StandardCharsets.UTF_8), true));
        assertEquals("SUCCEEDED", dry.getString("status"), dry.prettify());
        assertEquals(0, dry.getInt("errorCount"), dry.prettify());
        assertEquals(0, dry.getInt("created"), dry.prettify());
        assertEquals(0, dry.getInt("updated"), dry.prettify());
        assertEquals(3, dry.getInt("unchanged"), dry.prettify());

        // for real: nothing changes, and the entries keep no external identifier
        JsonPath real = finished(start(exported));
        assertEquals(3, real.getInt("unchanged"), real.prettify());
        assertEquals(null, entry(cis.id.toString()).getString("externalId"));
        assertEquals(operator.id.toString(), entry(cis.id.toString()).getString("operator.id"));
    }

    @Test
    void theTemplateHasTheExportsHeaderAndAnExampleRowThatImportsAsItStands() {
        String template = new String(given().auth().oauth2(Tokens.user("staff").roles("staff").sign())
                .when().get("/api/v1/directory/import-template.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"synergia-instytucje-szablon.csv\""))
                .extract().body().asByteArray(), StandardCharsets.UTF_8);
        String exported = new String(given().auth().oauth2(Tokens.user("staff").roles("staff").sign()).queryParam("q", "nic-takiego-nie-ma")
                .when().get("/api/v1/directory/export.csv").then().statusCode(200).extract().body().asByteArray(), StandardCharsets.UTF_8);
        String[] lines = template.split("\r\n");
        assertEquals(2, lines.length, template);
        assertEquals(exported.split("\r\n")[0], lines[0]);

        JsonPath dry = finished(start(template.getBytes(StandardCharsets.UTF_8), true));
        assertEquals("SUCCEEDED", dry.getString("status"), dry.prettify());
        assertEquals(0, dry.getInt("errorCount"), dry.prettify());
        assertEquals(1, dry.getInt("created"), dry.prettify());
        given().when().get("/api/v1/directory/import-template.csv").then().statusCode(401);
    }

    @Test
    void aSynergiaKeyThatNamesNoEntryIsRefused() {
        String unknown = "synergia:" + UUID.randomUUID();
        JsonPath job = finished(start(csv(unknown + ",NGO," + TestData.unique("Fundacja") + ",1408011,,,,,,,,,,")));
        assertEquals("FAILED", job.getString("status"), job.prettify());
        assertEquals("unknown-synergia-key", job.getString("errors[0].code"), job.prettify());
        assertEquals("external_id", job.getString("errors[0].column"), job.prettify());
    }

    @Test
    void exportChecksItsFiltersAndNeedsALogin() {
        given().auth().oauth2(admin()).queryParam("teryt", "12a").queryParam("sort", "nope")
                .when().get("/api/v1/directory/export.csv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("teryt", "sort"));
        given().when().get("/api/v1/directory/export.csv")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
