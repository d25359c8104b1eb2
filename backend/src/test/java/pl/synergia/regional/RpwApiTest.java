package pl.synergia.regional;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.synergia.regional.RegionalApi.MCPS;
import static pl.synergia.regional.RegionalApi.analyst;
import static pl.synergia.regional.RegionalApi.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.PdfText;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * The voivodeship's RPW through the API: the ROPS keeps members and meetings on the working-body
 * machinery (one chair at a time, attendance of serving members only), the minutes and the
 * voivodeship's report come out as Polish PDFs; another voivodeship's analyst gets 404, audited.
 */
@QuarkusTest
class RpwApiTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    /** A month of its own for each test, so chairs of tests sharing the database never overlap. */
    private static LocalDate someYear() {
        return LocalDate.of(2030 + ThreadLocalRandom.current().nextInt(60), 1 + ThreadLocalRandom.current().nextInt(12), 1);
    }

    private static Map<String, Object> member(String name, UUID institution, String role, boolean chair, LocalDate from, LocalDate to) {
        Map<String, Object> body = new HashMap<>(Map.of("personName", name, "institutionId", institution.toString(),
                "representativeRole", role, "chair", chair, "fromDate", from.toString()));
        if (to != null) {
            body.put("toDate", to.toString());
        }
        return body;
    }

    private long denied(String recordType) {
        return ((Number) em.createNativeQuery("select count(*) from audit_log where record_type = ?1 and outcome = 'DENIED'")
                .setParameter(1, recordType).getSingleResult()).longValue();
    }

    @Test
    void theRopsKeepsMembersAndMeetingsAndTheMinutesComeOutAsPdf() {
        Institution owes = data.institution().type(InstitutionType.OWES).gmina("1465011").name(TestData.unique("OWES Mazowsze")).create();
        String analyst = analyst(MCPS);
        LocalDate from = someYear();
        String chairName = TestData.unique("Małgorzata Żółkiewska");
        String memberName = TestData.unique("Łukasz Śliwiński");
        JsonPath rpw = as(analyst).contentType("application/json").body(member(chairName, MCPS, "ROPS", true, from, from.plusYears(1)))
                .when().post("/api/v1/regional/rpw/14/members").then().statusCode(201)
                .body("voivodeshipName", equalTo("mazowieckie")).extract().jsonPath();
        String chairId = rpw.getString("members.find { it.personName == '" + chairName + "' }.id");
        String memberId = as(analyst).contentType("application/json")
                .body(member(memberName, owes.id, "OWES", false, from, from.plusMonths(6)))
                .when().post("/api/v1/regional/rpw/14/members").then().statusCode(201).extract().jsonPath()
                .getString("members.find { it.personName == '" + memberName + "' }.id");

        as(analyst).contentType("application/json").body(member(TestData.unique("Drugi Przewodniczący"), owes.id, "OWES", true,
                from.plusDays(10), null)).when().post("/api/v1/regional/rpw/14/members").then().statusCode(422)
                .body("errors[0].field", equalTo("role")).body("errors[0].code", equalTo("duplicate"));
        as(analyst).contentType("application/json").body(member("Ktoś", owes.id, "OWES", false, from, from.minusDays(1)))
                .when().post("/api/v1/regional/rpw/14/members").then().statusCode(422).body("errors[0].code", equalTo("date-order"));
        as(analyst).contentType("application/json").body(member("Ktoś", UUID.randomUUID(), "OWES", false, from, null))
                .when().post("/api/v1/regional/rpw/14/members").then().statusCode(422).body("errors[0].field", equalTo("institutionId"));
        as(analyst).contentType("application/json").body(member("Ktoś", owes.id, "MAYOR", false, from, null))
                .when().post("/api/v1/regional/rpw/14/members").then().statusCode(anyOf(equalTo(400), equalTo(422)));

        LocalDate heldOn = from.plusMonths(7);
        Map<String, Object> meeting = Map.of("heldOn", heldOn.toString(), "place", "Warszawa, ul. Nowogrodzka 62A",
                "agenda", "1. Nasycenie województwa CIS i KIS.\n2. Rekomendacje dla gmin.",
                "attendance", List.of(chairId, memberId), "minutes", "Omówiono białe plamy w powiatach.",
                "decisions", List.of("Wydać rekomendację dla gminy Legionowo."));
        as(analyst).contentType("application/json").body(meeting).when().post("/api/v1/regional/rpw/14/meetings").then()
                .statusCode(422).body("errors[0].field", equalTo("attendance[1]")).body("errors[0].code", equalTo("not-a-member-then"));
        Map<String, Object> fixed = new HashMap<>(meeting);
        fixed.put("attendance", List.of(chairId));
        String meetingId = as(analyst).contentType("application/json").body(fixed).when().post("/api/v1/regional/rpw/14/meetings")
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).body("attendance.size()", equalTo(1))
                .extract().path("id");
        as(analyst).contentType("application/json").body(fixed).when().put("/api/v1/regional/rpw/14/meetings/" + meetingId)
                .then().statusCode(428);
        as(analyst).contentType("application/json").header("If-Match", "\"0\"").body(fixed)
                .when().put("/api/v1/regional/rpw/14/meetings/" + meetingId).then().statusCode(200);
        as(analyst).contentType("application/json").header("If-Match", "\"0\"").body(fixed)
                .when().put("/api/v1/regional/rpw/14/meetings/" + meetingId).then().statusCode(412);

        as(analyst).when().get("/api/v1/regional/rpw/14").then().statusCode(200).body("canManage", equalTo(true))
                .body("meetings.id", hasItem(meetingId));
        byte[] pdf = as(analyst).when().get("/api/v1/regional/rpw/14/meetings/" + meetingId + "/minutes.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        PdfText text = PdfText.of(pdf);
        assertTrue(text.flat().contains("Protokół posiedzenia Regionalnej Platformy Współpracy"), text.flat());
        assertTrue(text.flat().contains("województwa mazowieckie"));
        assertTrue(text.flat().contains(chairName));
        assertTrue(text.flat().contains("Mazowieckie Centrum Polityki Społecznej"));
        assertTrue(text.flat().contains("Wydać rekomendację dla gminy Legionowo."));
    }

    @Test
    void anotherVoivodeshipsRpwIs404AndAudited() {
        Institution krakow = data.institution().type(InstitutionType.NGO).gmina("1261011").name(TestData.unique("ROPS Kraków")).create();
        long before = denied("RPW");
        as(analyst(krakow.id)).when().get("/api/v1/regional/rpw/14").then().statusCode(404).contentType("application/problem+json");
        as(analyst(krakow.id)).contentType("application/json").body(member("Ktoś", krakow.id, "ROPS", false, someYear(), null))
                .when().post("/api/v1/regional/rpw/14/members").then().statusCode(404);
        assertEquals(before + 2, denied("RPW"));
        as(analyst(krakow.id)).when().get("/api/v1/regional/rpw/12").then().statusCode(200).body("voivodeshipName", equalTo("małopolskie"));
        as(analyst(krakow.id)).when().get("/api/v1/regional/rpw/99").then().statusCode(404);
        as(Tokens.user("c").roles("coordinator").institution(krakow.id).sign()).when().get("/api/v1/regional/rpw/12").then().statusCode(403);
        as(RegionalApi.admin()).when().get("/api/v1/regional/rpw/14").then().statusCode(200);
    }

    @Test
    void theVoivodeshipsReportIsAPolishPdfWithItsNameAndAsOfDate() {
        JsonPath run = RegionalApi.refresh(Map.of("scope", "CURRENT_YEAR"));
        assertEquals("SUCCEEDED", run.getString("status"));
        String text = TestData.unique("Rekomendacja do raportu");
        as(analyst(MCPS)).contentType("application/json").body(Map.of("territory", "1408011", "text", text,
                "indicators", List.of("CIS_KIS_ENTITIES"))).when().post("/api/v1/recommendations").then().statusCode(201);
        JsonPath latest = as(analyst(MCPS)).when().get("/api/v1/regional/indicators/PEOPLE_ACTIVE_PLAN").then().statusCode(200)
                .extract().jsonPath();
        byte[] pdf = as(analyst(MCPS)).queryParam("voivodeship", "14").when().get("/api/v1/regional/report.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        PdfText report = PdfText.of(pdf);
        String flat = report.flat();
        assertTrue(flat.contains("Raport województwa mazowieckie"), flat);
        LocalDate asOf = LocalDate.parse(latest.getString("asOf"));
        assertTrue(flat.contains("stan na " + String.format("%02d.%02d.%d", asOf.getDayOfMonth(), asOf.getMonthValue(), asOf.getYear())), flat);
        assertTrue(flat.contains("legionowski"));
        assertTrue(flat.contains("Rekomendacje według statusu"));
        assertTrue(flat.contains(text));

        Institution krakow = data.institution().type(InstitutionType.NGO).gmina("1261011").name(TestData.unique("ROPS Kraków")).create();
        as(analyst(krakow.id)).queryParam("voivodeship", "14").when().get("/api/v1/regional/report.pdf").then().statusCode(404);
        as(RegionalApi.admin()).when().get("/api/v1/regional/report.pdf").then().statusCode(400);
        as(analyst(MCPS)).queryParam("period", "2025-13").when().get("/api/v1/regional/report.pdf").then().statusCode(400);
    }
}
