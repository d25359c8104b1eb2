package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.synergia.plan.PlanApi.dpo;
import static pl.synergia.plan.PlanApi.staff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.PdfText;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/** The data-subject export (GDPR art. 15/20): who may make it, what it contains, and its audit. */
@QuarkusTest
class DataSubjectExportTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private Institution ops;
    private Institution pup;
    private Institution cis;
    private Institution foreign;
    private String lastName;
    private String pesel;
    private String client;
    private String plan;
    private String referral;

    @BeforeEach
    void aPersonWithAPlan() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
        foreign = data.institution().type(InstitutionType.OPS).name(TestData.unique("GOPS obcy")).create();
        lastName = TestData.unique("Gęśląjaźń");
        pesel = PlanTest.pesel();
        client = PlanApi.registerClient(ops, "Zażółć", lastName, pesel, true);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
        PlanApi.share(ops, client, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "Reintegracja w CIS");
        plan = PlanApi.createPlan(ops, client, "Powrót do pracy", List.of("Podjęcie zatrudnienia"), List.of(pup));
        PlanApi.addStep(ops, plan, pup, PlanApi.serviceFor(pup), "Pośrednictwo pracy", "Rozmowy w czwartki");
        PlanApi.addMeeting(pup, plan, "doradca, klientka", "Omówiono oferty");
        PlanApi.addOutcome(ops, plan, "TRAINING_COMPLETED", "Kurs spawania");
        referral = PlanApi.refer(ops, plan, cis, "Prosimy o przyjęcie do CIS.");
        given().auth().oauth2(staff(pup)).when().get("/api/v1/clients/" + client).then().statusCode(200);
    }

    private long exportRows(String outcome) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where client_id = cast(?1 as uuid) and action = 'EXPORT' and outcome = ?2 "
                        + "and purpose = 'GDPR art. 15 request'")
                .setParameter(1, client).setParameter(2, outcome).getSingleResult()).longValue());
    }

    private long deniedRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where record_id = cast(?1 as uuid) and outcome = 'DENIED'")
                .setParameter(1, client).getSingleResult()).longValue());
    }

    @Test
    void theRegistrarsOfficerExportsEverythingAndEachExportIsAudited() {
        String today = LocalDate.now(ZoneId.of("Europe/Warsaw")).toString();
        JsonPath export = given().auth().oauth2(dpo(ops)).when().get("/api/v1/clients/" + client + "/export")
                .then().statusCode(200).contentType("application/json").header("Cache-Control", "no-store")
                .body("exportedBy.id", equalTo(ops.id.toString()))
                .body("person.id", equalTo(client))
                .body("person.firstName", equalTo("Zażółć"))
                .body("person.lastName", equalTo(lastName))
                .body("person.pesel", equalTo(pesel))
                .body("person.phone", equalTo("+48 600 700 800"))
                .body("person.gminaTeryt", equalTo("1408011"))
                .body("person.gminaName", equalTo("Legionowo"))
                .body("person.registeredBy.id", equalTo(ops.id.toString()))
                .body("person.anonymisedAt", nullValue())
                .body("specialCategoryIncluded", equalTo(true))
                .body("specialCategory.disabilityLevel", equalTo("MODERATE"))
                .body("specialCategory.notes", equalTo("Notatka o " + lastName))
                .body("sharing.institution.id", hasItems(pup.id.toString(), cis.id.toString()))
                .body("sharing.find { it.institution.id == '" + pup.id + "' }.legalBasis", equalTo("PUBLIC_TASK_ART_6_1_E"))
                .body("sharing.find { it.institution.id == '" + pup.id + "' }.purpose", equalTo("Aktywizacja zawodowa"))
                .body("sharing.find { it.institution.id == '" + pup.id + "' }.givenOn", equalTo(LocalDate.now().minusDays(3).toString()))
                .body("sharing.find { it.institution.id == '" + pup.id + "' }.recordedBy", equalTo("Test staff-" + ops.id))
                .body("plans.id", contains(plan))
                .body("plans[0].team.id", contains(ops.id.toString(), pup.id.toString()))
                .body("plans[0].goals.description", contains("Podjęcie zatrudnienia"))
                .body("plans[0].steps[0].owner.id", equalTo(pup.id.toString()))
                .body("plans[0].steps[0].service.code", equalTo("PUP_JOB_PLACEMENT_2025"))
                .body("plans[0].steps[0].notes", equalTo("Rozmowy w czwartki"))
                .body("plans[0].meetings[0].notes", equalTo("Omówiono oferty"))
                .body("plans[0].outcomes[0].kind", equalTo("TRAINING_COMPLETED"))
                .body("referrals.id", contains(referral))
                .body("referrals[0].to.id", equalTo(cis.id.toString()))
                .body("referrals[0].status", equalTo("SENT"))
                // Recipients (art. 15(1)(c)): which institution did what, on which day.
                .body("accesses.findAll { it.institution.id == '" + pup.id + "' }.action", hasItem("READ"))
                .body("accesses.find { it.institution.id == '" + pup.id + "' && it.action == 'READ' }.date", equalTo(today))
                .body("accesses.find { it.institution.id == '" + ops.id + "' && it.action == 'CREATE' }.count",
                        equalTo(7))
                .extract().jsonPath();
        assertEquals(1, exportRows("ALLOWED"), "one audit row per export");
        // The export's own access is recorded: the next export lists it.
        given().auth().oauth2(dpo(ops)).when().get("/api/v1/clients/" + client + "/export").then().statusCode(200)
                .body("accesses.find { it.institution.id == '" + ops.id + "' && it.action == 'EXPORT' }.count", equalTo(1));
        assertEquals(2, exportRows("ALLOWED"));
        assertEquals("Zażółć", export.getString("person.firstName"));
    }

    @Test
    void aTeamInstitutionsOfficerSeesWhatItsInstitutionMaySee() {
        given().auth().oauth2(dpo(pup)).when().get("/api/v1/clients/" + client + "/export")
                .then().statusCode(200)
                .body("person.lastName", equalTo(lastName))
                .body("specialCategoryIncluded", equalTo(false))
                .body("specialCategory", nullValue())
                .body("plans.id", contains(plan));
        // A receiver that has not accepted its referral does not see the person: 404, audited.
        long denied = deniedRows();
        given().auth().oauth2(dpo(cis)).when().get("/api/v1/clients/" + client + "/export")
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(denied + 1, deniedRows());
        assertEquals(1, exportRows("ALLOWED"));
    }

    @Test
    void nobodyElseExports() {
        long denied = deniedRows();
        given().auth().oauth2(dpo(foreign)).when().get("/api/v1/clients/" + client + "/export")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", not(org.hamcrest.Matchers.containsString(lastName)));
        assertEquals(denied + 1, deniedRows(), "the refused attempt is audited");
        assertEquals(1, exportRows("DENIED"));
        // Caseworkers work with the data; the export is the data-protection officer's.
        given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + client + "/export")
                .then().statusCode(403).contentType("application/problem+json");
        for (String role : List.of("regional-analyst", "integration", "admin")) {
            given().auth().oauth2(Tokens.user(role).roles(role).institution(ops.id).sign())
                    .when().get("/api/v1/clients/" + client + "/export").then().statusCode(403);
        }
        given().when().get("/api/v1/clients/" + client + "/export").then().statusCode(401);
        given().auth().oauth2(dpo(ops)).when().get("/api/v1/clients/not-a-uuid/export").then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0, exportRows("ALLOWED"));

        // Once the PUP's basis is withdrawn, its officer no longer sees the person.
        String sharing = given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + client + "/sharing")
                .then().statusCode(200).extract().path("find { it.institution.id == '" + pup.id + "' }.id");
        given().auth().oauth2(staff(ops)).when().post("/api/v1/clients/" + client + "/sharing/" + sharing + "/withdrawal")
                .then().statusCode(200);
        given().auth().oauth2(dpo(pup)).when().get("/api/v1/clients/" + client + "/export").then().statusCode(404);
    }

    @Test
    void theExportAsPdfIsPolishTextToKeep() {
        io.restassured.response.Response response = given().auth().oauth2(dpo(ops)).when().get("/api/v1/clients/" + client + "/export.pdf");
        response.then().statusCode(200).contentType("application/pdf").header("Cache-Control", "no-store");
        String disposition = response.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"dane-osobowe-" + client), disposition);
        assertFalse(disposition.contains(pesel) || disposition.contains("Zażółć") || disposition.contains(lastName), disposition);

        PdfText pdf = PdfText.of(response.asByteArray());
        String text = pdf.flat();
        assertEquals("Kopia danych osobowych", pdf.title());
        assertEquals("pl", pdf.language());
        for (String expected : List.of("Kopia danych osobowych", "art. 15 i 20 RODO", "Zażółć", lastName, pesel, "Legionowo",
                "+48 600 700 800", "umiarkowany", "Notatka o " + lastName, "Aktywizacja zawodowa", "Zadanie publiczne",
                "Powrót do pracy", "Podjęcie zatrudnienia", "Pośrednictwo pracy", "Rozmowy w czwartki", "Omówiono oferty",
                "Ukończenie szkolenia", "Kurs spawania", "Prosimy o przyjęcie do CIS.", "Odbiorcy danych", "odczyt danych",
                pup.name, ops.name)) {
            assertTrue(text.contains(expected), expected + " missing from:\n" + pdf.text());
        }
        assertEquals(1, exportRows("ALLOWED"), "a PDF export is audited like the JSON one");

        given().auth().oauth2(dpo(foreign)).when().get("/api/v1/clients/" + client + "/export.pdf")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + client + "/export.pdf")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(1, exportRows("DENIED"));
        // The PUP's officer gets the copy without the special-category data and says why.
        String pupCopy = PdfText.of(given().auth().oauth2(dpo(pup)).when().get("/api/v1/clients/" + client + "/export.pdf")
                .then().statusCode(200).extract().asByteArray()).flat();
        assertFalse(pupCopy.contains("Notatka o " + lastName));
        assertFalse(pupCopy.contains("umiarkowany"));
        assertTrue(pupCopy.contains("nie ma podstawy do przetwarzania danych szczególnych kategorii"), pupCopy);
    }
}
