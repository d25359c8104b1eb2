package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.PdfText;
import pl.synergia.testsupport.TestData;

/** The plan printed for signature and the data-subject export carry the diagnosis, the referents, free steps and the follow-up. */
@QuarkusTest
class CaseworkDocumentsTest {

    @Inject
    TestData data;

    private Institution ops;
    private Institution pup;
    private String client;
    private String plan;
    private String lastName;

    @BeforeEach
    void setUp() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        lastName = TestData.unique("Bąk");
        client = PlanApi.registerClient(ops, "Józef", lastName, PlanTest.pesel(), true);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
        plan = PlanApi.createPlan(ops, client, "Plan Józefa", List.of("Praca"), List.of(pup));
        Map<String, Object> diagnosis = new HashMap<>();
        diagnosis.put("madeOn", LocalDate.now().toString());
        diagnosis.put("summary", "Gotowy do pracy fizycznej");
        diagnosis.put("areas", List.of(Map.of("area", "PROFESSIONAL_SITUATION", "assessment", "NEED", "notes", "Długotrwale bez pracy"),
                Map.of("area", "HEALTH", "assessment", "NEED", "notes", "Cukrzyca")));
        given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").body(diagnosis)
                .when().post("/api/v1/plans/" + plan + "/diagnoses").then().statusCode(201);
        Map<String, Object> own = new HashMap<>();
        own.put("ownedByPerson", true);
        own.put("title", "Przegląda oferty pracy dwa razy w tygodniu");
        own.put("plannedStart", LocalDate.now().toString());
        own.put("needs", List.of("PROFESSIONAL_SITUATION"));
        given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json").body(own)
                .when().post("/api/v1/plans/" + plan + "/steps").then().statusCode(201);
        String ewa = PlanApi.caseworker(ops, "ewa");
        given().auth().oauth2(ewa).contentType("application/json").body(Map.of("subject", PlanApi.subject("ewa-" + ops.id)))
                .when().post("/api/v1/plans/" + plan + "/referents").then().statusCode(201);
        PlanApi.moveTo(ops, plan, "ACTIVE", "COMPLETED");
        given().auth().oauth2(PlanApi.staff(ops)).contentType("application/json")
                .body(Map.of("checkpoint", "EXIT", "status", "EMPLOYED", "observedOn", LocalDate.now().toString()))
                .when().post("/api/v1/plans/" + plan + "/follow-ups").then().statusCode(201);
    }

    @Test
    void thePlanForSignatureShowsTheDiagnosisReferentsThePersonsStepsAndTheFollowUp() {
        String text = PdfText.of(given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + plan + "/document.pdf")
                .then().statusCode(200).extract().asByteArray()).flat();
        for (String expected : List.of("ustawa z 20 marca 2025 r. o rynku pracy i służbach zatrudnienia",
                "Osoby prowadzące (referenci)", "Test ewa-" + ops.id + " (" + ops.name + ")",
                "Diagnoza", "Sytuacja zawodowa", "potrzeba", "Długotrwale bez pracy", "Zdrowie", "Cukrzyca", "Gotowy do pracy fizycznej",
                "Osoba, której dotyczy plan", "Przegląda oferty pracy dwa razy w tygodniu", "działanie własne (poza katalogiem)",
                "Sytuacja po zakończeniu planu", "Przy zakończeniu", "pracuje")) {
            assertTrue(text.contains(expected), expected + " missing from:\n" + text);
        }
        // the PUP has no article 9 basis: its copy says the health area is withheld
        String forPup = PdfText.of(given().auth().oauth2(PlanApi.staff(pup)).when().get("/api/v1/plans/" + plan + "/document.pdf")
                .then().statusCode(200).extract().asByteArray()).flat();
        assertFalse(forPup.contains("Cukrzyca"), forPup);
        assertTrue(forPup.contains("dane szczególnej kategorii — niedostępne dla tej instytucji"), forPup);
    }

    @Test
    void theDataSubjectExportCarriesTheDiagnosisReferentsAndFollowUp() {
        String dpo = RestrictionTest.dpo(ops);
        given().auth().oauth2(dpo).when().get("/api/v1/clients/" + client + "/export").then().statusCode(200)
                .body("plans[0].regime.code", equalTo("LABOUR_MARKET_ACT_2025"))
                .body("plans[0].referents.name", contains("Test ewa-" + ops.id))
                .body("plans[0].diagnoses[0].areas.find { it.area == 'HEALTH' }.notes", equalTo("Cukrzyca"))
                .body("plans[0].steps[0].ownedByPerson", equalTo(true)).body("plans[0].steps[0].owner", nullValue())
                .body("plans[0].steps[0].needs", contains("PROFESSIONAL_SITUATION"))
                .body("plans[0].followUps[0].status", equalTo("EMPLOYED"));
        String pdf = PdfText.of(given().auth().oauth2(dpo).when().get("/api/v1/clients/" + client + "/export.pdf").then().statusCode(200)
                .extract().asByteArray()).flat();
        for (String expected : List.of("Osoby prowadzące (referenci)", "Test ewa-" + ops.id, "Sytuacja zawodowa", "Cukrzyca",
                "Przy zakończeniu", "pracuje", "Osoba, której dotyczy plan", "ustawa z 20 marca 2025 r.")) {
            assertTrue(pdf.contains(expected), expected + " missing from:\n" + pdf);
        }
    }
}
