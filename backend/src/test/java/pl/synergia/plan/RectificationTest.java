package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.PdfText;
import pl.synergia.testsupport.TestData;

/**
 * Rectification (GDPR art. 16) by the registering institution with If-Match, and its history: who,
 * what, when, never the old special-category values in clear; the team sees the change.
 */
@QuarkusTest
class RectificationTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @Test
    void theRegistrarRectifiesWithIfMatchAndTheTeamSeesTheHistoryWithoutSpecialCategoryValues() {
        Institution ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        Institution pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        String lastName = TestData.unique("Kowalczyk");
        String pesel = PlanTest.pesel();
        String client = PlanApi.registerClient(ops, "Agata", lastName, pesel, true);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
        PlanApi.createPlan(ops, client, "Plan", List.of(), List.of(pup));
        String staff = PlanApi.staff(ops);
        Response read = given().auth().oauth2(staff).when().get("/api/v1/clients/" + client);
        read.then().statusCode(200).body("canRectify", equalTo(true));
        String etag = read.header("ETag");

        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Agata");
        body.put("lastName", lastName + "-Nowa");
        body.put("pesel", pesel);
        body.put("phone", "+48 601 000 111");
        body.put("email", "osoba@example.org");
        body.put("gminaTeryt", "1408011");
        body.put("sensitive", Map.of("disabilityLevel", "LIGHT", "homeless", false, "notes", "Nowa notatka"));
        body.put("reason", "Zmiana nazwiska po ślubie");

        given().auth().oauth2(staff).contentType("application/json").body(body).when().put("/api/v1/clients/" + client)
                .then().statusCode(428);
        given().auth().oauth2(staff).contentType("application/json").header("If-Match", "\"99\"").body(body)
                .when().put("/api/v1/clients/" + client).then().statusCode(412).body("type", equalTo("urn:synergia:problem:stale-version"));
        given().auth().oauth2(PlanApi.staff(pup)).contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/api/v1/clients/" + client).then().statusCode(404);
        Response changed = given().auth().oauth2(staff).contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/api/v1/clients/" + client);
        changed.then().statusCode(200).body("lastName", equalTo(lastName + "-Nowa")).body("phone", equalTo("+48 601 000 111"))
                .body("sensitive.disabilityLevel", equalTo("LIGHT"));
        assertFalse(etag.equals(changed.header("ETag")), "a new version");
        given().auth().oauth2(staff).contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/api/v1/clients/" + client).then().statusCode(412);

        // the team sees who changed what and when; special-category fields only as changed
        given().auth().oauth2(PlanApi.staff(pup)).when().get("/api/v1/clients/" + client + "/changes").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].changedBy", equalTo("Test staff-" + ops.id))
                .body("[0].reason", equalTo("Zmiana nazwiska po ślubie"))
                .body("[0].fields.field", containsInAnyOrder("lastName", "phone", "sensitive.disabilityLevel", "sensitive.homeless",
                        "sensitive.notes"))
                .body("[0].fields.find { it.field == 'lastName' }.oldValue", equalTo(lastName))
                .body("[0].fields.find { it.field == 'lastName' }.newValue", equalTo(lastName + "-Nowa"))
                .body("[0].fields.find { it.field == 'sensitive.notes' }.oldValue", nullValue())
                .body("[0].fields.find { it.field == 'sensitive.notes' }.newValue", nullValue())
                .body("[0].fields.find { it.field == 'sensitive.notes' }.specialCategory", equalTo(true));
        given().auth().oauth2(PlanApi.staff(pup)).when().get("/api/v1/clients/" + client).then().body("lastName", equalTo(lastName + "-Nowa"))
                .body("canRectify", equalTo(false));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select cast(changes as text) from client_change where client_id = cast(?1 as uuid)").setParameter(1, client)
                .getSingleResult());
        assertTrue(stored.contains(lastName));
        assertFalse(stored.contains("Notatka o " + lastName), "the old special-category notes are not in the history");
        assertFalse(stored.contains("MODERATE") || stored.contains("Nowa notatka"), "nor the old or new special-category values");

        // the data-subject export carries the history (GDPR art. 15), special-category fields only as changed
        String dpo = RestrictionTest.dpo(ops);
        given().auth().oauth2(dpo).when().get("/api/v1/clients/" + client + "/export").then().statusCode(200)
                .body("rectifications.size()", equalTo(1)).body("rectifications[0].reason", equalTo("Zmiana nazwiska po ślubie"))
                .body("rectifications[0].fields.find { it.field == 'lastName' }.oldValue", equalTo(lastName))
                .body("rectifications[0].fields.find { it.field == 'sensitive.notes' }.oldValue", nullValue());
        String pdf = PdfText.of(given().auth().oauth2(dpo).when().get("/api/v1/clients/" + client + "/export.pdf").then()
                .statusCode(200).extract().asByteArray()).flat();
        for (String expected : List.of("Sprostowania danych", "Zmiana nazwiska po ślubie", "Nazwisko: " + lastName + " → " + lastName + "-Nowa",
                "Uwagi (dane szczególnej kategorii): zmieniono")) {
            assertTrue(pdf.contains(expected), expected + " missing from:\n" + pdf);
        }
        assertFalse(pdf.contains("Notatka o " + lastName), "no old special-category value in the export's history");

        // nothing differs: no new version, no history row
        String now = changed.header("ETag");
        given().auth().oauth2(staff).contentType("application/json").header("If-Match", now).body(body)
                .when().put("/api/v1/clients/" + client).then().statusCode(200).header("ETag", now);
        given().auth().oauth2(staff).when().get("/api/v1/clients/" + client + "/changes").then().body("size()", equalTo(1));
        // a PESEL of another client is refused without repeating it
        String other = PlanTest.pesel();
        PlanApi.registerClient(ops, "Inna", TestData.unique("Osoba"), other, false);
        body.put("pesel", other);
        body.put("birthDate", null);
        Response duplicate = given().auth().oauth2(staff).contentType("application/json").header("If-Match", now).body(body)
                .when().put("/api/v1/clients/" + client);
        duplicate.then().statusCode(409).body("errors.code", contains("duplicate"));
        assertFalse(duplicate.asString().contains(other));
    }
}
