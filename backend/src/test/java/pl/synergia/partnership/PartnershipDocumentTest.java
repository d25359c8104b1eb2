package pl.synergia.partnership;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.synergia.partnership.Partners.admin;
import static pl.synergia.partnership.Partners.coordinator;
import static pl.synergia.partnership.Partners.role;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.PdfText;
import pl.synergia.testsupport.TestData;

/** The agreement and the ZSL minutes as PDF: real text with Polish letters, the annex of signatories, attendance. */
@QuarkusTest
class PartnershipDocumentTest {

    private static final String DIACRITICS = "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ";

    @Inject
    TestData data;

    /** Leaves a copy under target/ to look at. */
    private static void keep(String name, String id, String path) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", name), given().auth().oauth2(role("staff"))
                    .when().get("/api/v1/partnerships/" + id + path).then().extract().asByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PdfText pdf(String token, String url) {
        byte[] bytes = given().auth().oauth2(token).when().get(url).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        return PdfText.of(bytes);
    }

    @Test
    void theAgreementCarriesTheTextAndTheSignatoriesAsAnAnnex() {
        Institution ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("Miejski Ośrodek Pomocy Społecznej w Łące")).create();
        Institution ngo = data.institution().type(InstitutionType.NGO).name(TestData.unique("Stowarzyszenie „Źródło Nadziei”")).create();
        Institution pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("Powiatowy Urząd Pracy")).create();
        String id = Partners.activePact(ops, ngo, pup);
        JsonPath soltys = Partners.invitePerson(ops, id, "Łucja Żądło-Śliwińska", "Sołtys sołectwa Józefów");
        Partners.accept(admin(), id, soltys.getString("id"), soltys.getLong("version"), Map.of("joinedOn", "2026-02-03"))
                .then().statusCode(200);

        PdfText signed = pdf(role("regional-analyst"), "/api/v1/partnerships/" + id + "/document.pdf");
        keep("pakt.pdf", id, "/document.pdf");
        String text = signed.flat();
        assertTrue(text.contains("PAKT NA RZECZ MODELU LOKALNEJ WSPÓŁPRACY"), text);
        assertTrue(text.contains("„Wspieranie i rozwój usług reintegracji społecznej i zawodowej”"), text);
        assertTrue(text.contains("Wersja 1, podpisana"), text);
        for (String paragraph : List.of("§ 1.", "§ 2.", "§ 3.", "§ 4.", "§ 5.", "§ 6.", "§ 7.")) {
            assertTrue(text.contains(paragraph), paragraph);
        }
        assertTrue(text.contains("3. Pakt może zostać rozwiązany tylko w przypadku, kiedy liczba czynnych Sygnatariuszy będzie mniejsza niż trzech."), text);
        assertTrue(text.contains("na obszarze Gminy Legionowo"), text);
        assertTrue(text.contains("Załącznik – LISTA SYGNATARIUSZY PAKTU NA RZECZ MODELU LOKALNEJ WSPÓŁPRACY"), text);
        for (Institution i : List.of(ops, ngo, pup)) {
            assertTrue(text.contains(i.name), i.name + " in " + text);
        }
        assertTrue(text.contains("Jan Kowalski Dyrektor"), "the initiator's representative and function");
        assertTrue(text.contains("Przedstawiciel " + ngo.name), text);
        assertTrue(text.contains("Łucja Żądło-Śliwińska Sołtys sołectwa Józefów"), text);
        assertTrue(text.contains("03.02.2026"), "the date the private person joined");
        assertTrue(text.contains(LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        assertEquals(4, java.util.regex.Pattern.compile("(?<!\\p{L})podpis(?!\\p{L})").matcher(text).results().count(),
                "one signature line per signatory");
        assertTrue(signed.fonts().stream().allMatch(f -> f.contains("DejaVuSans")), signed.fonts().toString());

        // an amendment in Polish, asked for by number
        given().auth().oauth2(coordinator(ngo)).contentType("application/json").header("If-Match", "\"" + Partners.version(id) + "\"")
                .body(Map.of("note", "Aneks", "sections", List.of(Map.of("number", "§ 1.", "body", "Zażółć gęślą jaźń: " + DIACRITICS))))
                .when().post("/api/v1/partnerships/" + id + "/versions").then().statusCode(201);
        PdfText amendment = pdf(role("staff"), "/api/v1/partnerships/" + id + "/document.pdf?version=2");
        assertTrue(amendment.flat().contains("Zażółć gęślą jaźń: " + DIACRITICS), amendment.text());
        assertTrue(amendment.flat().contains("Wersja 2 – projekt zmiany (niepodpisana)"), amendment.text());
        assertFalse(pdf(role("staff"), "/api/v1/partnerships/" + id + "/document.pdf").flat().contains(DIACRITICS),
                "by default the signed version");

        given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/document.pdf?version=9").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/document.pdf?version=x").then().statusCode(400);
        given().when().get("/api/v1/partnerships/" + id + "/document.pdf").then().statusCode(401);
    }

    @Test
    void theMinutesListWhoAttended() {
        Institution ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("Gminny Ośrodek Pomocy Społecznej")).create();
        Institution ngo = data.institution().type(InstitutionType.NGO).name(TestData.unique("Fundacja Łączy Nas")).create();
        String id = Partners.create(ops, "PACT").getString("id");
        String ngoSignatory = Partners.join(ops, id, ngo);
        String zsl = "/api/v1/partnerships/" + id + "/zsl";
        String chair = given().auth().oauth2(coordinator(ops)).contentType("application/json")
                .body(Map.of("personName", "Grażyna Łękawa", "signatoryId", Partners.signatoryIdOf(id, ops), "role", "CHAIR",
                        "fromDate", "2026-01-01"))
                .when().post(zsl + "/members").then().statusCode(201).extract().jsonPath()
                .getString("members.find { it.personName == 'Grażyna Łękawa' }.id");
        String secretary = given().auth().oauth2(coordinator(ngo)).contentType("application/json")
                .body(Map.of("personName", "Żaneta Ćwik", "signatoryId", ngoSignatory, "role", "SECRETARY", "fromDate", "2026-01-01"))
                .when().post(zsl + "/members").then().statusCode(201).extract().jsonPath()
                .getString("members.find { it.personName == 'Żaneta Ćwik' }.id");
        given().auth().oauth2(coordinator(ops)).contentType("application/json")
                .body(Map.of("personName", "Józef Nieobecny", "signatoryId", ngoSignatory, "role", "MEMBER", "fromDate", "2026-01-01"))
                .when().post(zsl + "/members").then().statusCode(201);
        String meeting = given().auth().oauth2(coordinator(ops)).contentType("application/json")
                .body(Map.of("heldOn", "2026-03-12", "place", "Świetlica w Józefowie", "agenda", "1. Otwarcie\n2. Wybór wariantu organizacyjnego",
                        "attendance", List.of(chair, secretary), "minutes", "Zespół omówił warianty. Uwagi: " + DIACRITICS,
                        "decisions", List.of("Rekomendować utworzenie KIS przez organizację pozarządową")))
                .when().post(zsl + "/meetings").then().statusCode(201).extract().path("id");

        PdfText minutes = pdf(role("integration"), zsl + "/meetings/" + meeting + "/minutes.pdf");
        keep("protokol.pdf", id, "/zsl/meetings/" + meeting + "/minutes.pdf");
        String text = minutes.flat();
        assertTrue(text.contains("Protokół posiedzenia Zespołu Synergii Lokalnej"), text);
        assertTrue(text.contains("12.03.2026"), text);
        assertTrue(text.contains("Świetlica w Józefowie"), text);
        assertTrue(text.contains("Grażyna Łękawa przewodniczący " + ops.name), text);
        assertTrue(text.contains("Żaneta Ćwik sekretarz " + ngo.name), text);
        assertFalse(text.contains("Józef Nieobecny"), "only those present");
        assertTrue(text.contains("Obecnych: 2 z 3"), text);
        assertTrue(text.contains(DIACRITICS), text);
        assertTrue(text.contains("1. Rekomendować utworzenie KIS przez organizację pozarządową"), text);
        given().auth().oauth2(role("staff")).when().get(zsl + "/meetings/" + java.util.UUID.randomUUID() + "/minutes.pdf")
                .then().statusCode(404);
    }
}
