package pl.synergia.partnership;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.synergia.testsupport.OutboxProbe.assertNoPersonalData;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.OutboxProbe;
import pl.synergia.testsupport.OutboxProbe.Row;
import pl.synergia.testsupport.TestData;

/**
 * Invitation, joining, withdrawal and dissolution of a partnership each write their event in the
 * change's own transaction (a commit that fails leaves neither; equal xmin otherwise), addressed to
 * the institutions taking part, without a representative's name or a withdrawal's reason.
 */
@QuarkusTest
class PartnershipEventsTest {

    @Inject
    TestData data;

    @Inject
    OutboxProbe outbox;

    private Institution ops;
    private Institution pup;
    private Institution ngo;
    private Institution cis;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        ngo = data.institution().type(InstitutionType.NGO).name(TestData.unique("Stowarzyszenie")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
    }

    private Object signatories(String partnership) {
        return given().auth().oauth2(Partners.role("staff")).when().get("/api/v1/partnerships/" + partnership + "/signatories")
                .then().statusCode(200).extract().jsonPath().getList("collect { it.status }");
    }

    @Test
    void invitation() throws Exception {
        String id = Partners.create(ops, "PACT").getString("id");
        UUID partnership = UUID.fromString(id);
        outbox.failsAtCommitThenCommits(partnership, () -> given().auth().oauth2(Partners.coordinator(ops)).contentType("application/json")
                .body(Map.of("institutionId", pup.id.toString())).when().post("/api/v1/partnerships/" + id + "/signatories"),
                () -> signatories(id));
        Row invited = outbox.single(partnership, "pl.synergia.partnership.invitation");
        assertEquals(Set.of(pup.id), invited.audience());
        assertEquals(pup.id.toString(), invited.data().get("institutionId"));
        assertEquals("PACT", invited.data().get("kind"));
        assertEquals("1408011", invited.areaTeryt());
        assertEquals(outbox.xmin("partnership_signatory", "id", UUID.fromString(invited.data().get("signatoryId"))), invited.xmin());
        assertNoPersonalData(invited, "Jan Kowalski");

        Partners.invitePerson(ops, id, "Zofia Sołtysowa", "Sołtys");
        assertEquals(1, outbox.about(partnership, "pl.synergia.partnership.invitation").size(),
                "an invited private person is no institution to tell");
    }

    @Test
    void joining() throws Exception {
        String id = Partners.create(ops, "PACT").getString("id");
        UUID partnership = UUID.fromString(id);
        Partners.join(ops, id, ngo);
        JsonPath invited = Partners.invite(ops, id, pup);
        outbox.failsAtCommitThenCommits(partnership, () -> Partners.accept(Partners.coordinator(pup), id, invited.getString("id"),
                invited.getLong("version"), Map.of("representative", Map.of("name", "Paweł Kamiński", "function", "Dyrektor"))),
                () -> signatories(id));
        Row joined = outbox.about(partnership, "pl.synergia.partnership.joined").stream()
                .filter(e -> pup.id.toString().equals(e.data().get("institutionId"))).findFirst().orElseThrow();
        assertEquals(Set.of(ops.id, ngo.id, pup.id), joined.audience());
        assertEquals(pup.id.toString(), joined.data().get("byInstitutionId"));
        assertEquals(outbox.xmin("partnership_signatory", "id", UUID.fromString(invited.getString("id"))), joined.xmin());
        assertNoPersonalData(joined, "Paweł Kamiński", "Kamiński");
    }

    @Test
    void withdrawal() throws Exception {
        String id = Partners.activePact(ops, pup, ngo);
        Partners.join(ops, id, cis);
        UUID partnership = UUID.fromString(id);
        String signatory = Partners.signatoryIdOf(id, cis);
        String reason = "Zmiana statutu stowarzyszenia";
        outbox.failsAtCommitThenCommits(partnership, () -> Partners.withdraw(Partners.coordinator(cis), id, signatory, reason),
                () -> signatories(id));
        Row withdrew = outbox.single(partnership, "pl.synergia.partnership.withdrawal");
        assertEquals(Set.of(ops.id, pup.id, ngo.id, cis.id), withdrew.audience());
        assertEquals(cis.id.toString(), withdrew.data().get("institutionId"));
        assertEquals(outbox.xmin("partnership_signatory", "id", UUID.fromString(signatory)), withdrew.xmin());
        assertNoPersonalData(withdrew, reason);
        assertEquals(0, outbox.about(partnership, "pl.synergia.partnership.dissolved").size(), "three remain: not dissolved");
    }

    @Test
    void dissolutionOnRequestAndByAWithdrawal() throws Exception {
        String id = Partners.create(ops, "COOPERATION_AGREEMENT").getString("id");
        UUID partnership = UUID.fromString(id);
        Partners.join(ops, id, pup);
        Partners.join(ops, id, ngo);
        Partners.transition(Partners.coordinator(ops), id, "CONSULTATION", null).then().statusCode(200);
        Partners.transition(Partners.coordinator(ops), id, "ACTIVE", null).then().statusCode(200);
        outbox.failsAtCommitThenCommits(partnership, () -> Partners.transition(Partners.coordinator(ops), id, "DISSOLVED",
                "Porozumienie zrealizowało cele"), () -> Partners.get(id).getString("status"));
        assertEquals("DISSOLVED", Partners.get(id).getString("status"));
        Row dissolved = outbox.single(partnership, "pl.synergia.partnership.dissolved");
        assertEquals(Set.of(ops.id, pup.id, ngo.id), dissolved.audience());
        assertEquals("false", dissolved.data().get("automatic"));
        assertEquals("COOPERATION_AGREEMENT", dissolved.data().get("kind"));
        assertEquals(outbox.xmin("partnership", "id", partnership), dissolved.xmin());
        assertNoPersonalData(dissolved, "zrealizowało");

        String pact = Partners.activePact(ops, pup, ngo);
        UUID pactId = UUID.fromString(pact);
        Partners.invite(ops, pact, cis);
        Partners.withdraw(Partners.coordinator(ngo), pact, Partners.signatoryIdOf(pact, ngo), "Likwidacja stowarzyszenia")
                .then().statusCode(200);
        Row automatic = outbox.single(pactId, "pl.synergia.partnership.dissolved");
        assertEquals("true", automatic.data().get("automatic"));
        assertEquals(Set.of(ops.id, pup.id, cis.id), automatic.audience(), "the invited learn of it too");
        assertEquals(outbox.single(pactId, "pl.synergia.partnership.withdrawal").xmin(), automatic.xmin(),
                "the withdrawal and the dissolution it causes are one transaction");
    }
}
