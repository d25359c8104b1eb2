package pl.synergia.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.synergia.partnership.Partners.coordinator;
import static pl.synergia.partnership.Partners.role;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;

/** The lifecycle: template text, transitions, activation rules, the signed version, amendments, the § 5 ust. 3 rule. */
@QuarkusTest
class PartnershipLifecycleTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private Institution ops;
    private Institution pup;
    private Institution ngo;
    private Institution kis;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        ngo = data.institution().type(InstitutionType.NGO).name(TestData.unique("Stowarzyszenie")).create();
        kis = data.institution().type(InstitutionType.KIS).name(TestData.unique("KIS")).create();
    }

    @Test
    void theFirstVersionIsTheSeedPaktWithTheGminaFilledIn() {
        JsonPath created = Partners.create(ops, "PACT");
        String id = created.getString("id");
        assertEquals("DRAFT", created.getString("status"));
        assertEquals("Pakt na rzecz Modelu Lokalnej Współpracy w Gminie Legionowo", created.getString("title"));
        assertEquals("1408011", created.getString("gmina.teryt"));
        assertEquals("INDEFINITE", created.getString("period"));
        assertTrue(created.getString("legalCharacter").contains("nie powodują powstania zobowiązań finansowych"));
        assertEquals(1, created.getInt("latestVersion"));
        assertEquals(1, created.getInt("joinedSignatories"));
        assertEquals(List.of("CONSULTATION"), created.getList("allowedTransitions"));

        JsonPath v1 = given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/versions/1")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("PAKT NA RZECZ MODELU LOKALNEJ WSPÓŁPRACY", v1.getString("documentTitle"));
        List<String> numbers = v1.getList("sections.number");
        assertEquals(List.of("§ 1.", "§ 2.", "§ 3.", "§ 4.", "§ 5.", "§ 6.", "§ 7."), numbers.subList(1, 8));
        assertEquals("Preambuła", v1.getString("sections[0].heading"));
        String text = String.join("\n", v1.<String>getList("sections.body"));
        assertTrue(text.contains("celem jest rozwój na obszarze Gminy Legionowo instytucjonalnych podstaw"), text);
        assertTrue(text.contains("instytucją wiodącą w powołaniu pierwszego składu Zespołu Synergii Lokalnej będzie Rada Miejska"));
        assertTrue(text.contains("przechowywany w Urzędzie Miejskim"));
        assertTrue(text.contains("Strategii Polityki Społecznej Województwa Mazowieckiego"));
        assertTrue(text.contains("3. Pakt może zostać rozwiązany tylko w przypadku, kiedy liczba czynnych Sygnatariuszy będzie mniejsza niż trzech."));
        assertTrue(text.contains("1. Sygnatariusze Paktu uznają, że ma on charakter otwarty"));
        assertTrue(!text.contains("{{"), "every placeholder is filled");

        JsonPath signatories = given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/signatories")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, signatories.getList("$").size());
        assertEquals("JOINED", signatories.getString("[0].status"));
        assertEquals(true, signatories.getBoolean("[0].initiator"));
        assertEquals("Jan Kowalski", signatories.getString("[0].representative.name"));
    }

    @Test
    void aRuralGminaGetsItsOwnCouncilAndOffice() {
        Institution gops = data.institution().type(InstitutionType.OPS).gmina("1408052").city("Wieliszew").create();
        String id = given().auth().oauth2(coordinator(gops)).contentType("application/json")
                .body(Partners.body("PACT", "1408052")).when().post("/api/v1/partnerships").then().statusCode(201)
                .extract().path("id");
        String text = String.join("\n", given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/versions/1")
                .then().statusCode(200).extract().jsonPath().<String>getList("sections.body"));
        assertTrue(text.contains("będzie Rada Gminy oraz"), text);
        assertTrue(text.contains("przechowywany w Urzędzie Gminy,"));
        assertTrue(text.contains("na obszarze Gminy Wieliszew"));
    }

    @Test
    void transitionsFollowTheLifecycleAndActivationNeedsThreeSignatories() {
        String id = Partners.create(ops, "PACT").getString("id");
        String coord = coordinator(ops);
        Partners.transition(coord, id, "ACTIVE", null).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:synergia:problem:invalid-transition"));
        Partners.transition(coord, id, "DISSOLVED", "x").then().statusCode(409);
        Partners.transition(coord, id, "CONSULTATION", null).then().statusCode(200).body("status", equalTo("CONSULTATION"));
        Partners.transition(coord, id, "DRAFT", null).then().statusCode(200).body("status", equalTo("DRAFT"));
        Partners.transition(coord, id, "CONSULTATION", null).then().statusCode(200);

        Partners.transition(coord, id, "ACTIVE", null).then().statusCode(422)
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("signatories")).body("errors[0].code", equalTo("too-few-signatories"))
                .body("errors[0].params.required", equalTo(3)).body("errors[0].params.joined", equalTo(1));
        JsonPath refused = Partners.get(id);
        assertEquals("CONSULTATION", refused.getString("status"));
        assertEquals(false, refused.getBoolean("activation.met"));
        assertEquals(List.of("too-few-signatories"), refused.getList("activation.missing.code"));
        assertEquals(3, refused.getInt("activation.missing[0].params.required"));
        assertEquals(1, refused.getInt("activation.missing[0].params.joined"));

        Partners.join(ops, id, pup);
        assertEquals(2, Partners.get(id).getInt("activation.missing[0].params.joined"));
        Partners.transition(coord, id, "ACTIVE", null).then().statusCode(422)
                .body("errors[0].code", equalTo("too-few-signatories")).body("errors[0].params.joined", equalTo(2));

        JsonPath soltys = Partners.invitePerson(ops, id, "Halina Żółkowska", "Sołtys sołectwa Michałów");
        // the initiator's coordinator records the private person's paper signature
        Partners.accept(coord, id, soltys.getString("id"), soltys.getLong("version"), Map.of("joinedOn", "2026-01-15"))
                .then().statusCode(200).body("status", equalTo("JOINED"))
                .body("representative.name", equalTo("Halina Żółkowska"))
                .body("representative.function", equalTo("Sołtys sołectwa Michałów"))
                .body("joinedOn", equalTo("2026-01-15"))
                .body("joinedRecordedBy", equalTo("Test coord-" + ops.id));
        JsonPath ready = Partners.get(id);
        assertEquals(true, ready.getBoolean("activation.met"));
        assertEquals(List.of(), ready.getList("activation.missing"));
        assertEquals(3, ready.getInt("joinedSignatories"));

        Partners.transition(coord, id, "ACTIVE", null).then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("signedVersion", equalTo(1)).body("activatedAt", not(nullValue()))
                .body("allowedTransitions.size()", equalTo(0));
        Partners.transition(coord, id, "DISSOLVED", "Chcemy zakończyć").then().statusCode(409)
                .body("detail", containsString("§ 5 ust. 3"));
        Partners.transition(coord, id, "DRAFT", null).then().statusCode(409);
    }

    @Test
    void theSignedVersionIsFrozenAndAmendmentsAreNewVersions() {
        String id = Partners.create(ops, "PACT").getString("id");
        String coord = coordinator(ops);
        Map<String, Object> v2 = Map.of("note", "Uwagi z konsultacji", "sections", List.of(
                Map.of("heading", "Preambuła", "body", "Mając na uwadze potrzeby mieszkańców gminy Legionowo"),
                Map.of("number", "§ 1.", "body", "Sygnatariusze Paktu wspólnie uzgadniają cel: rozwój usług reintegracji."),
                Map.of("number", "§ 2.", "body", "Nowy paragraf o współpracy.")));
        JsonPath added = given().auth().oauth2(coord).contentType("application/json").header("If-Match", "\"" + Partners.version(id) + "\"")
                .body(v2).when().post("/api/v1/partnerships/" + id + "/versions")
                .then().statusCode(201).header("ETag", not(nullValue())).extract().jsonPath();
        assertEquals(2, added.getInt("number"));
        assertEquals(false, added.getBoolean("signed"));

        JsonPath diff = given().auth().oauth2(role("regional-analyst")).queryParam("against", "1")
                .when().get("/api/v1/partnerships/" + id + "/versions/2/diff").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CHANGED", "CHANGED", "CHANGED", "REMOVED", "REMOVED", "REMOVED", "REMOVED", "REMOVED"),
                diff.getList("sections.change"));

        Partners.join(ops, id, ngo);
        Partners.join(ops, id, pup);
        Partners.transition(coord, id, "CONSULTATION", null).then().statusCode(200);
        Partners.transition(coord, id, "ACTIVE", null).then().statusCode(200).body("signedVersion", equalTo(2));

        JsonPath versions = given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/versions")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 1), versions.getList("number"));
        assertEquals(List.of(true, false), versions.getList("signed"));

        // the signed version can be neither discarded nor changed, not even in the database
        given().auth().oauth2(coord).header("If-Match", "\"" + Partners.version(id) + "\"")
                .when().delete("/api/v1/partnerships/" + id + "/versions/2").then().statusCode(409)
                .body("title", equalTo("Signed version is frozen"));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update partnership_version_section set body = 'podmieniony' where version_id = "
                        + "(select id from partnership_version where partnership_id = cast(?1 as uuid) and signed)")
                .setParameter(1, id).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from partnership_version_section where version_id = "
                        + "(select id from partnership_version where partnership_id = cast(?1 as uuid) and signed)")
                .setParameter(1, id).executeUpdate()));

        // title and goals are fixed once active; the text changes by amendment
        given().auth().oauth2(coord).contentType("application/json").header("If-Match", "\"" + Partners.version(id) + "\"")
                .body(Map.of("title", "Nowy tytuł", "goals", "Nowe cele")).when().put("/api/v1/partnerships/" + id)
                .then().statusCode(409);
        JsonPath amendment = given().auth().oauth2(Partners.coordinator(ngo)).contentType("application/json")
                .header("If-Match", "\"" + Partners.version(id) + "\"")
                .body(Map.of("note", "Aneks nr 1", "sections", List.of(Map.of("number", "§ 1.", "body", "Zmieniony § 1."))))
                .when().post("/api/v1/partnerships/" + id + "/versions").then().statusCode(201).extract().jsonPath();
        assertEquals(3, amendment.getInt("number"));
        assertEquals(true, amendment.getBoolean("amendment"));
        assertEquals(2, Partners.get(id).getInt("signedVersion"));
        assertEquals(3, Partners.get(id).getInt("latestVersion"));
        // a draft amendment can be discarded; its number is never used again
        given().auth().oauth2(coord).header("If-Match", "\"" + Partners.version(id) + "\"")
                .when().delete("/api/v1/partnerships/" + id + "/versions/3").then().statusCode(204);
        given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/versions/3").then().statusCode(404);
        given().auth().oauth2(coord).contentType("application/json").header("If-Match", "\"" + Partners.version(id) + "\"")
                .body(Map.of("sections", List.of(Map.of("number", "§ 1.", "body", "Inny § 1."))))
                .when().post("/api/v1/partnerships/" + id + "/versions").then().statusCode(201).body("number", equalTo(4));
        String signedText = String.join("\n", given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/versions/2")
                .then().statusCode(200).body("signed", equalTo(true)).extract().jsonPath().<String>getList("sections.body"));
        assertTrue(signedText.contains("Nowy paragraf o współpracy."));
    }

    @Test
    void fewerThanThreeJoinedSignatoriesDissolveAnActivePaktInTheSameStep() {
        Institution fourth = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
        String id = Partners.activePact(ops, ngo, pup);
        Partners.join(ops, id, fourth);
        JsonPath pending = Partners.invite(ops, id, kis);

        // four → three: still active, and the answer says so
        Partners.withdraw(coordinator(fourth), id, Partners.signatoryIdOf(id, fourth), "Zmiana profilu działalności")
                .then().statusCode(200).body("partnershipStatus", equalTo("ACTIVE")).body("dissolution", nullValue())
                .body("joinedSignatories", equalTo(3)).body("signatory.status", equalTo("WITHDRAWN"))
                .body("signatory.withdrawalReason", equalTo("Zmiana profilu działalności"));

        // three → two: dissolved in the same transaction, explicitly
        JsonPath withdrawal = Partners.withdraw(coordinator(pup), id, Partners.signatoryIdOf(id, pup), "Reorganizacja urzędu")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("DISSOLVED", withdrawal.getString("partnershipStatus"));
        assertEquals(2, withdrawal.getInt("joinedSignatories"));
        assertEquals(true, withdrawal.getBoolean("dissolution.automatic"));
        assertTrue(withdrawal.getString("dissolution.reason").contains("§ 5 ust. 3"), withdrawal.getString("dissolution.reason"));
        JsonPath after = Partners.get(id);
        assertEquals("DISSOLVED", after.getString("status"));
        assertEquals(withdrawal.getLong("partnershipVersion"), after.getLong("version"));
        assertEquals(false, after.getBoolean("permissions.manage"));
        assertEquals("CANCELLED", Partners.signatory(id, pending.getString("id")).getString("status"));

        given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/history").then().statusCode(200)
                .body("items.action", hasItems("DISSOLVED", "SIGNATORY_WITHDRAWN", "VERSION_SIGNED", "CREATED"))
                .body("items[0].action", equalTo("DISSOLVED"));
        // nothing more happens to a dissolved pact
        given().auth().oauth2(coordinator(ops)).contentType("application/json").body(Map.of("institutionId", kis.id.toString()))
                .when().post("/api/v1/partnerships/" + id + "/signatories").then().statusCode(409);
        Partners.withdraw(coordinator(ngo), id, Partners.signatoryIdOf(id, ngo), "Koniec").then().statusCode(409);
    }

    @Test
    void concurrentWithdrawalsCannotLeaveAnActivePaktWithTwoSignatories() throws Exception {
        Institution fourth = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
        String id = Partners.activePact(ops, ngo, pup);
        Partners.join(ops, id, fourth);
        String ngoSignatory = Partners.signatoryIdOf(id, ngo);
        String fourthSignatory = Partners.signatoryIdOf(id, fourth);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> Partners.withdraw(coordinator(ngo), id, ngoSignatory, "Równocześnie A").statusCode());
            var b = pool.submit(() -> Partners.withdraw(coordinator(fourth), id, fourthSignatory, "Równocześnie B").statusCode());
            assertEquals(List.of(200, 200), List.of(a.get(), b.get()));
        } finally {
            pool.shutdown();
        }
        JsonPath after = Partners.get(id);
        assertEquals(2, after.getInt("joinedSignatories"));
        assertEquals("DISSOLVED", after.getString("status"), "the second withdrawal saw the first and dissolved the pact");
    }

    @Test
    void inADraftAWithdrawalDissolvesNothing() {
        String id = Partners.create(ops, "PACT").getString("id");
        Partners.join(ops, id, ngo);
        Partners.withdraw(coordinator(ngo), id, Partners.signatoryIdOf(id, ngo), "Nie teraz")
                .then().statusCode(200).body("partnershipStatus", equalTo("DRAFT")).body("dissolution", nullValue())
                .body("joinedSignatories", equalTo(1));
        // it may join again later: the pact is open
        Partners.join(ops, id, ngo);
        assertEquals(2, Partners.get(id).getInt("joinedSignatories"));
    }

    @Test
    void aCooperationAgreementHasExactlyOneOpsPupAndNgo() {
        JsonPath created = Partners.create(ops, "COOPERATION_AGREEMENT");
        String id = created.getString("id");
        assertTrue(created.getString("title").startsWith("Porozumienie o współpracy OPS, PUP i organizacji pozarządowej"));
        String text = String.join("\n", given().auth().oauth2(role("staff")).when().get("/api/v1/partnerships/" + id + "/versions/1")
                .then().statusCode(200).body("documentTitle", equalTo("POROZUMIENIE O WSPÓŁPRACY")).extract().jsonPath()
                .<String>getList("sections.body"));
        assertTrue(text.contains("zamieszkałych na obszarze Gminy Legionowo"));
        assertTrue(text.contains("wystąpienie Strony oznacza rozwiązanie Porozumienia"));

        String coord = coordinator(ops);
        given().auth().oauth2(coord).contentType("application/json").body(Map.of("institutionId", kis.id.toString()))
                .when().post("/api/v1/partnerships/" + id + "/signatories").then().statusCode(422)
                .body("errors[0].code", equalTo("invalid-for-kind"));
        given().auth().oauth2(coord).contentType("application/json")
                .body(Map.of("person", Map.of("name", "Jan Sołtys", "function", "Sołtys")))
                .when().post("/api/v1/partnerships/" + id + "/signatories").then().statusCode(422)
                .body("errors[0].field", equalTo("person"));
        Institution secondOps = data.institution().type(InstitutionType.OPS).create();
        given().auth().oauth2(coord).contentType("application/json").body(Map.of("institutionId", secondOps.id.toString()))
                .when().post("/api/v1/partnerships/" + id + "/signatories").then().statusCode(422)
                .body("errors[0].code", equalTo("duplicate-type"));
        Partners.invite(ops, id, pup);
        Partners.transition(coord, id, "CONSULTATION", null).then().statusCode(200);
        assertEquals(List.of("missing-party", "missing-party"), Partners.get(id).getList("activation.missing.code"));
        assertEquals(List.of("PUP", "NGO"), Partners.get(id).getList("activation.missing.params.type"));
        Partners.transition(coord, id, "ACTIVE", null).then().statusCode(422)
                .body("errors.code", contains("missing-party", "missing-party"))
                .body("errors.params.type", contains("PUP", "NGO"))
                .body("errors.message", hasItems("a joined PUP is needed", "a joined NGO is needed"));
        Partners.accept(coordinator(pup), id, Partners.signatoryIdOf(id, pup), 0,
                Map.of("representative", Map.of("name", "Anna Nowak", "function", "Dyrektor PUP"))).then().statusCode(200);
        Partners.join(ops, id, ngo);
        Institution secondNgo = data.institution().type(InstitutionType.NGO).create();
        given().auth().oauth2(coord).contentType("application/json").body(Map.of("institutionId", secondNgo.id.toString()))
                .when().post("/api/v1/partnerships/" + id + "/signatories").then().statusCode(422);
        Partners.transition(coord, id, "ACTIVE", null).then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("allowedTransitions", hasItem("DISSOLVED"));

        // any party leaving dissolves it
        Partners.withdraw(coordinator(ngo), id, Partners.signatoryIdOf(id, ngo), "Likwidacja stowarzyszenia")
                .then().statusCode(200).body("partnershipStatus", equalTo("DISSOLVED"))
                .body("dissolution.automatic", equalTo(true))
                .body("dissolution.reason", containsString("§ 5 ust. 3"));
    }

    @Test
    void aCooperationAgreementMayBeDissolvedByTheInitiatorWithAReason() {
        String id = Partners.create(ops, "COOPERATION_AGREEMENT").getString("id");
        Partners.join(ops, id, pup);
        Partners.join(ops, id, ngo);
        String coord = coordinator(ops);
        Partners.transition(coord, id, "CONSULTATION", null).then().statusCode(200);
        Partners.transition(coord, id, "ACTIVE", null).then().statusCode(200);
        Partners.transition(coord, id, "DISSOLVED", " ").then().statusCode(422).body("errors[0].field", equalTo("reason"));
        Partners.transition(coord, id, "DISSOLVED", "Za zgodą wszystkich Stron").then().statusCode(200)
                .body("status", equalTo("DISSOLVED")).body("dissolution.automatic", equalTo(false))
                .body("dissolution.reason", equalTo("Za zgodą wszystkich Stron"));
    }

    @Test
    void aCooperationAgreementIsInitiatedByItsOpsPupOrNgo() {
        given().auth().oauth2(coordinator(kis)).contentType("application/json").body(Partners.body("COOPERATION_AGREEMENT", "1408011"))
                .when().post("/api/v1/partnerships").then().statusCode(422).body("errors[0].code", equalTo("invalid-for-kind"));
    }

    static UUID uuid(String s) {
        return UUID.fromString(s);
    }
}
