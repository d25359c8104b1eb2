package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;

/**
 * The caseload ("Moi klienci", issues #14 and #16): a receiver that accepted a referral has the
 * person; search by name (GET) and PESEL (POST body only), plan status, next due date, order, paging,
 * the count capped at 1000; a foreign institution's person never appears.
 */
@QuarkusTest
class CaseloadTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private Institution ops;
    private Institution cis;
    private Institution foreign;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
        foreign = data.institution().type(InstitutionType.OPS).name(TestData.unique("GOPS obcy")).create();
    }

    private static RequestSpecification as(Institution i) {
        return given().auth().oauth2(PlanApi.staff(i));
    }

    private static List<String> ids(Institution i, Map<String, ?> query) {
        return as(i).queryParams(query).queryParam("size", 100).when().get("/api/v1/clients").then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void aReceiverHasThePersonOnceItAcceptedTheReferralAndNotAfterItIsWithdrawn() {
        String plan = PlanApi.planSharedWith(ops, cis);
        String referral = PlanApi.refer(ops, plan, cis, "Proszę o przyjęcie do CIS");
        String client = given().auth().oauth2(PlanApi.staff(ops)).when().get("/api/v1/plans/" + plan).then().statusCode(200)
                .extract().path("client.id");

        // sent, not yet accepted: the CIS knows only the minimum from its inbox, not a caseload entry
        as(cis).when().get("/api/v1/clients").then().statusCode(200).body("totalItems", equalTo(0)).body("items", empty());

        PlanApi.accept(cis, referral);
        as(cis).when().get("/api/v1/clients").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("totalCapped", equalTo(false))
                .body("items.id", contains(client)).body("items[0].planStatus", equalTo("DRAFT"))
                .body("items[0].nextDue", nullValue());
        // and may open the person, as the caseload promises
        as(cis).when().get("/api/v1/clients/" + client).then().statusCode(200);

        as(ops).when().post("/api/v1/referrals/" + referral + "/withdrawal").then().statusCode(200);
        as(cis).when().get("/api/v1/clients").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aRejectedReferralPutsNobodyInTheReceiversCaseload() {
        PlanApi.Referred referred = PlanApi.referral(ops, cis);
        PlanApi.reject(cis, referred.referralId());
        as(cis).when().get("/api/v1/clients").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void searchesByNameWithoutRegardToCaseOrDiacriticsAndNeverFindsAForeignPerson() {
        String word = TestData.unique("Żółkiewska").toLowerCase();
        String mine = PlanApi.registerClient(ops, "Małgorzata", word, PlanApi.pesel(), false);
        String other = PlanApi.registerClient(ops, "Jan", TestData.unique("Nowak"), PlanApi.pesel(), false);
        String foreignPesel = PlanApi.pesel();
        String theirs = PlanApi.registerClient(foreign, "Małgorzata", word + "x", foreignPesel, false);

        String folded = word.replace("ż", "z").replace("ó", "o").replace("ł", "l").toUpperCase();
        as(ops).queryParam("q", folded).when().get("/api/v1/clients").then().statusCode(200)
                .body("items.id", contains(mine)).body("totalItems", equalTo(1));
        as(ops).queryParam("q", "malgorzata " + folded).when().get("/api/v1/clients").then().statusCode(200)
                .body("items.id", contains(mine));
        // the metacharacters of LIKE are taken literally
        as(ops).queryParam("q", "%").when().get("/api/v1/clients").then().statusCode(200).body("totalItems", equalTo(0));
        as(ops).queryParam("q", "_").when().get("/api/v1/clients").then().statusCode(200).body("totalItems", equalTo(0));

        List<String> all = ids(ops, Map.of());
        org.hamcrest.MatcherAssert.assertThat(all, containsInAnyOrder(mine, other));
        org.hamcrest.MatcherAssert.assertThat(ids(foreign, Map.of("q", folded)), contains(theirs));

        // the foreign person's PESEL, in the body: not in this caseload
        search(ops, Map.of("pesel", foreignPesel)).then().statusCode(200).body("totalItems", equalTo(0)).body("items", empty());
        // their own person's PESEL finds them
        String minePesel = as(ops).when().get("/api/v1/clients/" + mine).then().extract().path("pesel");
        search(ops, Map.of("pesel", minePesel)).then().statusCode(200).body("items.id", contains(mine));
        search(foreign, Map.of("pesel", minePesel)).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aPartnerWithABasisButNoPlaceOnAPlanNeverSeesThePerson() {
        String client = PlanApi.registerClient(ops, "Anna", TestData.unique("Wiśniewska"), PlanApi.pesel(), false);
        PlanApi.share(ops, client, cis, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja");
        // a legal basis, but neither on a team nor a referral accepted: not in the CIS's caseload
        as(cis).when().get("/api/v1/clients").then().statusCode(200).body("items.id", not(hasItem(client)));
        PlanApi.createPlan(ops, client, "Plan", List.of("Praca"), List.of(cis));
        as(cis).when().get("/api/v1/clients").then().statusCode(200).body("items.id", contains(client))
                .body("items[0].planStatus", equalTo("DRAFT"));
        as(foreign).when().get("/api/v1/clients").then().statusCode(200).body("items.id", not(hasItem(client)));
    }

    @Test
    void showsAndFiltersByPlanStatusAndSortsByTheNextDueDate() {
        String withoutPlan = PlanApi.registerClient(ops, "Adam", TestData.unique("Adamski"), PlanApi.pesel(), false);
        String draft = PlanApi.registerClient(ops, "Beata", TestData.unique("Bąk"), PlanApi.pesel(), false);
        PlanApi.createPlan(ops, draft, "Plan", List.of("Praca"), List.of());
        String soon = PlanApi.registerClient(ops, "Cezary", TestData.unique("Celiński"), PlanApi.pesel(), false);
        String soonPlan = PlanApi.createPlan(ops, soon, "Plan", List.of("Praca"), List.of(), LocalDate.now().minusDays(10),
                LocalDate.now().plusDays(20));
        PlanApi.moveTo(ops, soonPlan, "ACTIVE");
        String later = PlanApi.registerClient(ops, "Dorota", TestData.unique("Dąbrowska"), PlanApi.pesel(), false);
        String laterPlan = PlanApi.createPlan(ops, later, "Plan", List.of("Praca"), List.of(), LocalDate.now().minusDays(10),
                LocalDate.now().plusDays(200));
        PlanApi.moveTo(ops, laterPlan, "ACTIVE");
        // a step ending before the plan: the next due date is the step's planned end (start + 60 days)
        PlanApi.addStep(ops, laterPlan, ops, PlanApi.serviceFor(ops), LocalDate.now().minusDays(5));

        as(ops).queryParam("planStatus", "ACTIVE").queryParam("sort", "nextDue").when().get("/api/v1/clients").then()
                .statusCode(200).body("items.id", contains(soon, later))
                .body("items.nextDue", contains(LocalDate.now().plusDays(20).toString(), LocalDate.now().plusDays(55).toString()))
                .body("items.planStatus", contains("ACTIVE", "ACTIVE"));
        as(ops).queryParam("planStatus", "ACTIVE").queryParam("sort", "-nextDue").when().get("/api/v1/clients").then()
                .statusCode(200).body("items.id", contains(later, soon));
        as(ops).queryParam("planStatus", "NONE").queryParam("planStatus", "DRAFT").when().get("/api/v1/clients").then()
                .statusCode(200).body("items.id", contains(withoutPlan, draft))
                .body("items.planStatus", contains(null, "DRAFT"));
        // the same in the body of a search
        search(ops, Map.of("planStatus", List.of("DRAFT"))).then().statusCode(200).body("items.id", contains(draft));

        // moving the plan on changes the row in the same transaction
        PlanApi.moveTo(ops, soonPlan, "COMPLETED");
        as(ops).queryParam("planStatus", "COMPLETED").when().get("/api/v1/clients").then().statusCode(200)
                .body("items.id", contains(soon)).body("items[0].nextDue", nullValue());
    }

    @Test
    void pagesInNameOrderAndReversed() {
        String a = PlanApi.registerClient(ops, "Anna", "Albińska", PlanApi.pesel(), false);
        String b = PlanApi.registerClient(ops, "Anna", "Łapińska", PlanApi.pesel(), false);
        String c = PlanApi.registerClient(ops, "Anna", "Zając", PlanApi.pesel(), false);
        as(ops).queryParam("size", 2).when().get("/api/v1/clients").then().statusCode(200)
                .body("items.id", contains(a, b)).body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
        as(ops).queryParam("size", 2).queryParam("page", 1).when().get("/api/v1/clients").then().statusCode(200)
                .body("items.id", contains(c));
        as(ops).queryParam("sort", "-name").when().get("/api/v1/clients").then().statusCode(200).body("items.id", contains(c, b, a));
    }

    @Test
    void countsExactlyUpToAThousandThenSaysThereAreMore() {
        insertClients(ops, 1001);
        as(ops).queryParam("size", 100).when().get("/api/v1/clients").then().statusCode(200)
                .body("totalItems", equalTo(1000)).body("totalCapped", equalTo(true)).body("totalPages", equalTo(10));
        // a name that narrows it below the cap is counted exactly
        as(ops).queryParam("q", "Setny").when().get("/api/v1/clients").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("totalCapped", equalTo(false));
        Institution small = data.institution().type(InstitutionType.OPS).name(TestData.unique("GOPS")).create();
        insertClients(small, 1000);
        as(small).when().get("/api/v1/clients").then().statusCode(200)
                .body("totalItems", equalTo(1000)).body("totalCapped", equalTo(false));
    }

    @Test
    void refusesWhatIsNotASearch() {
        as(ops).queryParam("sort", "pesel").when().get("/api/v1/clients").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("sort"));
        as(ops).queryParam("planStatus", "OPEN").when().get("/api/v1/clients").then().statusCode(400)
                .body("errors.field", contains("planStatus"));
        as(ops).queryParam("q", "x".repeat(101)).when().get("/api/v1/clients").then().statusCode(400)
                .body("errors.field", contains("q"));
        search(ops, Map.of("pesel", "1234")).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("pesel"));
        search(ops, Map.of("size", 101)).then().statusCode(422).body("errors.field", hasItem("size"));
    }

    private static io.restassured.response.Response search(Institution i, Map<String, ?> body) {
        return as(i).contentType("application/json").body(new HashMap<>(body)).when().post("/api/v1/clients/search");
    }

    /** Many people registered by the institution at once (the caseload's triggers write their rows). */
    private void insertClients(Institution by, int count) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into client (id, first_name, last_name, birth_date, "
                + "gmina_teryt, registered_by_institution_id, created_at, updated_at) select gen_random_uuid(), 'Osoba', "
                + "case when n = 100 then 'Setny' else 'Nazwisko' || n end, date '1980-01-01', '1408011', ?1, now(), now() "
                + "from generate_series(1, ?2) n").setParameter(1, by.id).setParameter(2, count).executeUpdate());
    }
}
