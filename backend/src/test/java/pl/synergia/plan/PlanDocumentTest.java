package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.synergia.plan.PlanApi.staff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.PdfText;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/** The plan printed for signature: readable Polish, the right content, steps by institution, one audit row per download. */
@QuarkusTest
class PlanDocumentTest {

    private static final DateTimeFormatter PL = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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

    @BeforeEach
    void aPlanWithATeam() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("Ośrodek Pomocy Społecznej w Łomiankach")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("Powiatowy Urząd Pracy w Żyrardowie")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
        foreign = data.institution().type(InstitutionType.OPS).name(TestData.unique("GOPS obcy")).create();
        lastName = TestData.unique("Gęśląjaźń");
        pesel = PlanTest.pesel();
        client = PlanApi.registerClient(ops, "Zażółć", lastName, pesel, true);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
        PlanApi.share(ops, client, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "CIS");
        plan = PlanApi.createPlan(ops, client, "Powrót na rynek pracy — etap II",
                List.of("Podjęcie zatrudnienia w ciągu roku", "Ukończenie kursu obsługi wózków widłowych"), List.of(pup));
        PlanApi.addStep(ops, plan, ops, PlanApi.serviceFor(ops), "Kontrakt socjalny z OPS", null);
        PlanApi.addStep(pup, plan, pup, PlanApi.serviceFor(pup), "Pośrednictwo pracy w PUP", null);
        PlanApi.refer(ops, plan, cis, "Prosimy o przyjęcie.");
    }

    private long documentRows(String outcome) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where record_id = cast(?1 as uuid) and action = 'EXPORT' and outcome = ?2")
                .setParameter(1, plan).setParameter(2, outcome).getSingleResult()).longValue());
    }

    @Test
    void theTeamPrintsThePlanForSignatureInPolish() {
        Response response = given().auth().oauth2(staff(pup)).when().get("/api/v1/plans/" + plan + "/document.pdf");
        response.then().statusCode(200).contentType("application/pdf").header("Cache-Control", "no-store");
        String number = given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + plan).then().statusCode(200).extract().path("number");
        assertTrue(number.matches("OPS-\\d{4}/\\d{4}"), number);
        assertEquals("attachment; filename=\"plan-dzialania-" + number.replace('/', '-') + ".pdf\"", response.header("Content-Disposition"),
                "the file is named by the plan's number, never its id");
        assertEquals(1, documentRows("ALLOWED"), "one audit row per download");

        PdfText pdf = PdfText.of(response.asByteArray());
        String text = pdf.flat();
        assertEquals("Indywidualny plan działania", pdf.title());
        assertEquals("pl", pdf.language());
        assertTrue(pdf.fonts().stream().allMatch(f -> f.contains("DejaVuSans")), pdf.fonts().toString());
        LocalDate birth = LocalDate.parse(given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + client)
                .then().extract().path("birthDate"));
        String today = LocalDate.now(ZoneId.of("Europe/Warsaw")).format(PL);
        // (Labels of the definition lists and list numbers are extracted apart from their values: each is checked alone.)
        for (String expected : List.of("Indywidualny plan działania", "Powrót na rynek pracy — etap II",
                "Imię i nazwisko", "Zażółć " + lastName, "Data urodzenia", birth.format(PL), "Legionowo", "Numer planu: " + number,
                "Instytucja prowadząca", ops.name + " (OPS)", pup.name + " (PUP)", "Okres realizacji",
                LocalDate.now().minusDays(40).format(PL) + " – " + LocalDate.now().plusDays(300).format(PL),
                "Podjęcie zatrudnienia w ciągu roku", "Ukończenie kursu obsługi wózków widłowych",
                "Osoba, której dotyczy plan: Zażółć " + lastName, "Przedstawiciel: " + ops.name, "Przedstawiciel: " + pup.name,
                "Dokument wygenerowano " + today)) {
            assertTrue(text.contains(expected), expected + " missing from:\n" + pdf.text());
        }
        // Steps under the institution that owns them, the lead first.
        String steps = text.substring(text.indexOf("Działania według instytucji"), text.indexOf("Podpisy"));
        int opsHeading = steps.indexOf(ops.name + " (OPS)");
        int opsStep = steps.indexOf("Kontrakt socjalny z OPS");
        int pupHeading = steps.indexOf(pup.name + " (PUP)");
        int pupStep = steps.indexOf("Pośrednictwo pracy w PUP");
        assertTrue(opsHeading >= 0 && opsHeading < opsStep && opsStep < pupHeading && pupHeading < pupStep, steps);
        assertTrue(steps.contains("W trakcie"), steps);
        assertFalse(text.contains(pesel), "the plan document carries no PESEL");
        assertFalse(text.contains(plan), "nor the plan's id");
        assertFalse(text.contains("TERYT"), "the gmina by its name");
        assertFalse(text.contains(cis.name), "a referral's receiver is not on the team");

        // The lead prints it too; each download is one more row.
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + plan + "/document.pdf").then().statusCode(200);
        assertEquals(2, documentRows("ALLOWED"));
    }

    @Test
    void onlyThoseWhoSeeThePlanPrintIt() {
        for (Institution outsider : List.of(foreign, cis)) {
            given().auth().oauth2(staff(outsider)).when().get("/api/v1/plans/" + plan + "/document.pdf")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        assertEquals(2, documentRows("DENIED"), "each refused download is audited");
        for (String role : List.of("regional-analyst", "integration", "admin", "dpo")) {
            given().auth().oauth2(Tokens.user(role).roles(role).institution(ops.id).sign())
                    .when().get("/api/v1/plans/" + plan + "/document.pdf").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/not-a-uuid/document.pdf").then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0, documentRows("ALLOWED"));
    }
}
