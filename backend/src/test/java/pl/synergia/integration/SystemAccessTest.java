package pl.synergia.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.plan.PlanApi;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Third-party systems act like a user of their institution, within the scopes of their token:
 * directory:write for their own entry and offerings, referrals for their inbox and for sending, and
 * nothing of another institution (404 on its referral, 403 on its entry), audited like people.
 */
@QuarkusTest
class SystemAccessTest {

    private static final String[] ALL_SCOPES = { "directory:write", "referrals", "events:read" };

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
        kis = data.institution().type(InstitutionType.KIS).name(TestData.unique("KIS")).operator(ngo).create();
    }

    private static String system(Institution institution, String... scopes) {
        return Tokens.system("system-" + institution.id, institution.id, scopes).sign();
    }

    private static String etag(String token, Institution institution) {
        return given().auth().oauth2(token).when().get("/api/v1/institutions/" + institution.id).then().statusCode(200)
                .extract().header("ETag");
    }

    private static Map<String, Object> offering() {
        return Map.of("serviceCode", "CIS_IPZS_2022", "places", 12, "schedule", "pon.–pt. 8–16", "contact", "tel. 22 000 00 00");
    }

    @Test
    void aSystemWithDirectoryWriteChangesTheOfferingsOfItsOwnEntryAndOfTheInstitutionItRuns() {
        String token = system(ngo, ALL_SCOPES);
        given().auth().oauth2(token).contentType("application/json").header("If-Match", etag(token, ngo)).body(offering())
                .when().post("/api/v1/institutions/" + ngo.id + "/offerings")
                .then().statusCode(200).body("offerings.service.code", hasItem("CIS_IPZS_2022"));
        given().auth().oauth2(token).contentType("application/json").header("If-Match", etag(token, kis)).body(offering())
                .when().post("/api/v1/institutions/" + kis.id + "/offerings")
                .then().statusCode(200).body("offerings.size()", equalTo(1));
        // If-Match works as for people
        given().auth().oauth2(token).contentType("application/json").body(offering())
                .when().post("/api/v1/institutions/" + ngo.id + "/offerings").then().statusCode(428);
        given().auth().oauth2(token).contentType("application/json").header("If-Match", "\"0\"").body(offering())
                .when().post("/api/v1/institutions/" + ngo.id + "/offerings").then().statusCode(412);
    }

    @Test
    void anotherInstitutionsEntryIsRefused() {
        String token = system(pup, ALL_SCOPES);
        given().auth().oauth2(token).contentType("application/json").header("If-Match", etag(token, ngo)).body(offering())
                .when().post("/api/v1/institutions/" + ngo.id + "/offerings")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(token).when().get("/api/v1/institutions/" + ngo.id)
                .then().statusCode(200).body("editable", equalTo(false));
    }

    @Test
    void withoutTheScopeTheSystemIsRefusedWithTheScopeNamed() {
        String token = system(ngo, "referrals", "events:read");
        given().auth().oauth2(token).contentType("application/json").header("If-Match", etag(token, ngo)).body(offering())
                .when().post("/api/v1/institutions/" + ngo.id + "/offerings")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:synergia:problem:insufficient-scope"))
                .body("errors[0].field", equalTo("scope"))
                .body("errors[0].code", equalTo("missing-scope"))
                .body("detail", org.hamcrest.Matchers.containsString("directory:write"));
        String noReferrals = system(pup, "directory:write");
        given().auth().oauth2(noReferrals).when().get("/api/v1/referrals").then().statusCode(403)
                .body("errors[0].message", equalTo("requires referrals"));
        given().auth().oauth2(noReferrals).when().get("/api/v1/events").then().statusCode(403)
                .body("errors[0].message", equalTo("requires events:read"));
        // reading the directory needs no scope
        given().auth().oauth2(noReferrals).when().get("/api/v1/institutions/" + ngo.id).then().statusCode(200);
    }

    @Test
    void peopleAreNotHeldToScopesAndTheSharedReadOnlyClientStillReads() {
        PlanApi.Referred referred = PlanApi.referral(ops, pup);
        String staff = Tokens.user("staff-" + pup.id).roles("staff").institution(pup.id).sign();
        given().auth().oauth2(staff).when().get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", hasItem(referred.referralId()));
        String shared = Tokens.user("service-account-synergia-integration").roles("integration").client("synergia-integration")
                .scopes("profile", "email").sign();
        given().auth().oauth2(shared).when().get("/api/v1/institutions").then().statusCode(200);
        given().auth().oauth2(shared).when().get("/api/v1/referrals").then().statusCode(403)
                .body("errors[0].code", equalTo("missing-scope")).body("errors[0].field", equalTo("scope"));
    }

    @Test
    void aSystemWorksItsInboxAndAForeignSystemGets404AndIsAudited() {
        PlanApi.Referred referred = PlanApi.referral(ops, pup);
        String foreign = Tokens.system("system-foreign-" + ngo.id, ngo.id, ALL_SCOPES).sign();
        given().auth().oauth2(foreign).when().post("/api/v1/referrals/" + referred.referralId() + "/acceptance")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        assertEquals(1L, auditRows(referred.referralId(), "service-account-system-foreign-" + ngo.id, "DENIED"));

        String own = system(pup, ALL_SCOPES);
        given().auth().oauth2(own).when().get("/api/v1/referrals?box=in").then().statusCode(200)
                .body("items.find { it.id == '" + referred.referralId() + "' }.actions", hasItem("ACCEPT"));
        given().auth().oauth2(own).when().post("/api/v1/referrals/" + referred.referralId() + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("respondedBy", equalTo("service-account-system-" + pup.id));
        given().auth().oauth2(own).when().post("/api/v1/referrals/" + referred.referralId() + "/completion")
                .then().statusCode(200).body("status", equalTo("DONE"));
        assertEquals(2L, auditRows(referred.referralId(), "service-account-system-" + pup.id, "ALLOWED", "TRANSITION"));
    }

    @Test
    void aSystemSendsReferralsForThePlansItsInstitutionSeesOnly() {
        String plan = PlanApi.planSharedWith(ops, pup);
        Map<String, Object> referral = Map.of("toInstitutionId", pup.id.toString(), "serviceCode", "CIS_IPZS_2022",
                "message", "Prośba o pośrednictwo pracy", "responseDue", java.time.LocalDate.now().plusDays(10).toString());
        given().auth().oauth2(system(ops, ALL_SCOPES)).contentType("application/json").body(referral)
                .when().post("/api/v1/plans/" + plan + "/referrals")
                .then().statusCode(201).body("status", equalTo("SENT")).body("from.id", equalTo(ops.id.toString()));
        given().auth().oauth2(system(ngo, ALL_SCOPES)).contentType("application/json").body(referral)
                .when().post("/api/v1/plans/" + plan + "/referrals").then().statusCode(404);
        given().auth().oauth2(system(ops, "events:read")).contentType("application/json").body(referral)
                .when().post("/api/v1/plans/" + plan + "/referrals").then().statusCode(403);
        // the rest of the plan stays with people
        given().auth().oauth2(system(ops, ALL_SCOPES)).when().get("/api/v1/plans/" + plan).then().statusCode(403);
    }

    @Test
    void aMissingScopeIsAuditedLikeEveryRefusal() throws InterruptedException {
        String client = "system-scope-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.system(client, pup.id, "directory:write").sign())
                .when().get("/api/v1/referrals?box=in").then().statusCode(403);
        String subject = UUID.nameUUIDFromBytes(("service-account-" + client).getBytes()).toString();
        // a refusal is written by a worker a moment after the answer
        java.util.List<Object[]> rows = java.util.List.of();
        for (long deadline = System.nanoTime() + 10_000_000_000L; rows.isEmpty() && System.nanoTime() < deadline;) {
            rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select record_type, purpose, outcome from audit_log where subject = ?1", Object[].class)
                    .setParameter(1, subject).getResultList());
            if (rows.isEmpty()) {
                Thread.sleep(50);
            }
        }
        assertEquals(1, rows.size());
        assertEquals("ENDPOINT", rows.get(0)[0]);
        assertEquals("SCOPE_REFUSED GET /api/v1/referrals", rows.get(0)[1]);
        assertEquals("DENIED", rows.get(0)[2]);
    }

    private long auditRows(String referralId, String subjectName, String outcome) {
        return auditRows(referralId, subjectName, outcome, null);
    }

    private long auditRows(String referralId, String subjectName, String outcome, String action) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where record_id = ?1 and subject_name = ?2 and outcome = ?3 "
                        + "and (cast(?4 as varchar) is null or action = ?4)")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter(1, UUID.fromString(referralId)).setParameter(2, subjectName).setParameter(3, outcome)
                .setParameter(4, action, String.class).getSingleResult()).longValue());
    }
}
