package pl.synergia.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.synergia.plan.PlanApi.admin;
import static pl.synergia.plan.PlanApi.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import pl.synergia.testsupport.Tokens;

/**
 * Retention: a person whose plans were all finished longer ago than the retention (P6Y) loses
 * their identity; everyone else is untouched; a dry run only counts; the statistics stay the same.
 * Runs are system-wide, so every test starts with a run that clears what earlier tests left.
 */
@QuarkusTest
class AnonymisationTest {

    private static final List<String> TABLES = List.of("client", "client_sensitive", "data_sharing", "action_plan", "plan_goal",
            "plan_step", "plan_meeting", "plan_outcome", "referral", "audit_log");

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @Inject
    RetentionJob job;

    private Institution ops;
    private Institution pup;
    private Institution cis;

    @BeforeEach
    void institutions() {
        ops = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        pup = data.institution().type(InstitutionType.PUP).name(TestData.unique("PUP")).create();
        cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("CIS")).create();
        run(false);
    }

    private static JsonPath run(boolean dryRun) {
        return given().auth().oauth2(admin()).contentType("application/json").body(Map.of("dryRun", dryRun))
                .when().post("/api/v1/anonymisations")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/anonymisations/"))
                .header("Cache-Control", "no-store")
                .body("dryRun", equalTo(dryRun)).body("trigger", equalTo("MANUAL")).body("retention", equalTo("P6Y"))
                .extract().jsonPath();
    }

    /** A person whose name is written into every free-text field, with a plan that took every kind of record. */
    private record Person(String id, String firstName, String lastName, String pesel, String plan) {
    }

    private Person personWithFinishedPlan(String... statuses) {
        String firstName = TestData.unique("Zażółć");
        String lastName = TestData.unique("Gęśląjaźń");
        String pesel = PlanTest.pesel();
        String client = PlanApi.registerClient(ops, firstName, lastName, pesel, true);
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja: " + lastName);
        PlanApi.share(ops, client, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "CIS dla " + lastName);
        String plan = PlanApi.createPlan(ops, client, "Plan " + lastName, List.of("Praca dla " + lastName), List.of(pup));
        PlanApi.moveTo(ops, plan, "ACTIVE");
        PlanApi.addStep(ops, plan, pup, PlanApi.serviceFor(pup), "Staż " + lastName, "Notatka " + pesel);
        PlanApi.addMeeting(pup, plan, "doradca i " + lastName, "Rozmowa z " + lastName);
        PlanApi.addOutcome(ops, plan, "JOB_TAKEN", "Zatrudniony " + lastName);
        String referral = PlanApi.refer(ops, plan, cis, "Skierowanie " + lastName);
        given().auth().oauth2(staff(cis)).contentType("application/json").body(Map.of("reason", "Brak miejsc dla " + lastName))
                .when().post("/api/v1/referrals/" + referral + "/rejection").then().statusCode(200);
        PlanApi.moveTo(ops, plan, statuses);
        return new Person(client, firstName, lastName, pesel, plan);
    }

    private void finishedYearsAgo(String plan, String interval) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update action_plan set closed_at = now() - cast(?2 as interval) where id = cast(?1 as uuid)")
                .setParameter(1, plan).setParameter(2, interval).executeUpdate());
    }

    private long rowsMentioning(String text) {
        long total = 0;
        for (String table : TABLES) {
            total += QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from " + table + " t where t::text like '%' || ?1 || '%'")
                    .setParameter(1, text).getSingleResult()).longValue());
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> (List<Object[]>) em.createNativeQuery(sql).getResultList());
    }

    private Map<String, String> statistics() {
        return Map.of(
                "plans by status", text(rows("select status, count(*) from action_plan group by status order by status")),
                "outcomes by kind", text(rows("select kind, count(*) from plan_outcome group by kind order by kind")),
                "steps by service", text(rows("select service_code, status, count(*) from plan_step group by service_code, status "
                        + "order by service_code, status")),
                "clients by gmina and birth year", text(rows("select gmina_teryt, extract(year from birth_date), count(*) from client "
                        + "group by 1, 2 order by 1, 2")),
                "plan periods", text(rows("select period_from, period_to, status, count(*) from action_plan group by 1, 2, 3 "
                        + "order by 1, 2, 3")));
    }

    private static String text(List<Object[]> rows) {
        return rows.stream().map(java.util.Arrays::toString).toList().toString();
    }

    private Object single(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).setParameter(1, id).getSingleResult());
    }

    @Test
    void aPersonPastRetentionLosesTheirIdentityAndTheStatisticsStay() {
        Person past = personWithFinishedPlan("COMPLETED", "CLOSED");
        finishedYearsAgo(past.plan(), "6 years 1 day");
        // Still working: an old closed plan, but another one is active.
        Person active = personWithFinishedPlan("CLOSED");
        finishedYearsAgo(active.plan(), "9 years");
        PlanApi.createPlan(ops, active.id(), "Drugi plan", List.of(), List.of());
        // Closed now, and closed just inside the retention.
        Person recent = personWithFinishedPlan("CLOSED");
        Person almost = personWithFinishedPlan("COMPLETED");
        finishedYearsAgo(almost.plan(), "6 years - 1 day");
        // Closed long ago but a referral is still open (accepted before the plan was finished).
        String lastName = TestData.unique("Otwarta");
        String open = PlanApi.registerClient(ops, "Ewa", lastName, PlanTest.pesel(), false);
        PlanApi.share(ops, open, cis, "SOCIAL_PROTECTION_ART_9_2_B", false, "CIS");
        String openPlan = PlanApi.createPlan(ops, open, "Plan", List.of(), List.of());
        String accepted = PlanApi.refer(ops, openPlan, cis, "Prosimy o przyjęcie.");
        given().auth().oauth2(staff(cis)).when().post("/api/v1/referrals/" + accepted + "/acceptance").then().statusCode(200);
        PlanApi.moveTo(ops, openPlan, "CLOSED");
        finishedYearsAgo(openPlan, "10 years");
        // Registered long ago, no plan at all.
        String noPlan = PlanApi.registerClient(ops, "Jan", TestData.unique("Bezplanu"), PlanTest.pesel(), false);

        Map<String, String> before = statistics();

        // A dry run counts and changes nothing.
        JsonPath dry = run(true);
        assertEquals(1, dry.getInt("counts.clients"));
        assertEquals(1, dry.getInt("counts.plans"));
        assertEquals(1, dry.getInt("counts.steps"));
        assertEquals(1, dry.getInt("counts.meetings"));
        assertEquals(1, dry.getInt("counts.outcomes"));
        assertEquals(1, dry.getInt("counts.referrals"));
        assertEquals(2, dry.getInt("counts.sharingRecords"));
        assertEquals(1, dry.getInt("counts.specialCategoryRows"));
        given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + past.id()).then().statusCode(200)
                .body("lastName", equalTo(past.lastName())).body("pesel", equalTo(past.pesel())).body("anonymised", equalTo(false))
                .body("sensitive.disabilityLevel", equalTo("MODERATE"));
        assertTrue(rowsMentioning(past.lastName()) >= 9, "a dry run leaves every record as it was");

        JsonPath real = run(false);
        assertEquals(dry.getMap("counts"), real.getMap("counts"), "the dry run counted what the real run changed");
        assertEquals(before, statistics(), "plans by status, outcomes by kind, steps by service stay equal");

        // The identity is gone from every table, the audit log included; the ids and statistics stay.
        given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + past.id()).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("anonymised", equalTo(true))
                .body("firstName", equalTo("Osoba")).body("lastName", equalTo("zanonimizowana"))
                .body("pesel", nullValue()).body("birthDate", nullValue()).body("phone", nullValue()).body("email", nullValue())
                .body("sensitiveVisible", equalTo(false)).body("sensitive", nullValue())
                .body("gminaTeryt", equalTo("1408011"))
                .body("plans[0].status", equalTo("CLOSED"));
        assertEquals(0, rowsMentioning(past.lastName()), "no row anywhere holds the name");
        assertEquals(0, rowsMentioning(past.pesel()), "no row anywhere holds the PESEL");
        assertEquals(0, rowsMentioning(past.firstName()), "nor the first name");
        Object stored = single("select birth_date from client where id = cast(?1 as uuid)", past.id());
        LocalDate birth = stored instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) stored;
        assertEquals(1, birth.getDayOfYear(), "only the birth year is kept, as 1 January");
        assertEquals(1900 + Integer.parseInt(past.pesel().substring(0, 2)) + (Integer.parseInt(past.pesel().substring(2, 4)) > 20 ? 100 : 0),
                birth.getYear());
        assertNotNull(single("select anonymised_at from client where id = cast(?1 as uuid)", past.id()));
        assertEquals(0L, ((Number) single("select count(*) from client_sensitive where client_id = cast(?1 as uuid)", past.id()))
                .longValue());
        assertNull(single("select notes from plan_step where plan_id = cast(?1 as uuid)", past.plan()));
        assertEquals(1L, ((Number) single("select count(*) from audit_log where client_id = cast(?1 as uuid) and action = 'ANONYMISE' "
                + "and subject_name = 'Test admin' and purpose = 'RETENTION_EXPIRED'", past.id())).longValue());
        given().auth().oauth2(staff(ops)).when().get("/api/v1/plans/" + past.plan()).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("client.lastName", equalTo("zanonimizowana"))
                .body("client.anonymised", equalTo(true))
                .body("steps[0].service.code", equalTo("PUP_JOB_PLACEMENT_2025")).body("steps[0].notes", nullValue())
                .body("outcomes[0].kind", equalTo("JOB_TAKEN")).body("outcomes[0].notes", nullValue())
                .body("meetings[0].notes", nullValue());

        // Everyone else is untouched.
        for (Person kept : List.of(active, recent, almost)) {
            given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + kept.id()).then().statusCode(200)
                    .body("anonymised", equalTo(false)).body("lastName", equalTo(kept.lastName()))
                    .body("pesel", equalTo(kept.pesel())).body("sensitive.disabilityLevel", equalTo("MODERATE"));
            assertTrue(rowsMentioning(kept.lastName()) >= 9);
        }
        given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + open).then().statusCode(200)
                .body("anonymised", equalTo(false)).body("lastName", equalTo(lastName));
        given().auth().oauth2(staff(ops)).when().get("/api/v1/clients/" + noPlan).then().statusCode(200)
                .body("anonymised", equalTo(false));

        // A second run finds nothing.
        JsonPath again = run(false);
        assertEquals(0, again.getInt("counts.clients"));
        assertEquals(before, statistics());

        // The runs are listed, newest first, with who started them.
        given().auth().oauth2(admin()).queryParam("size", 3).when().get("/api/v1/anonymisations")
                .then().statusCode(200)
                .body("items[0].id", equalTo(again.getString("id")))
                .body("items[1].id", equalTo(real.getString("id")))
                .body("items[1].counts.clients", equalTo(1))
                .body("items[1].triggeredBy", equalTo("Test admin"))
                .body("items[2].id", equalTo(dry.getString("id")))
                .body("items[2].dryRun", equalTo(true))
                .body("size", equalTo(3));
        given().auth().oauth2(admin()).when().get("/api/v1/anonymisations/" + real.getString("id")).then().statusCode(200)
                .body("counts.specialCategoryRows", equalTo(1));
    }

    @Test
    void anAnonymisedPersonTakesNothingNewAndLeavesTheCaseload() {
        Person past = personWithFinishedPlan("CLOSED");
        finishedYearsAgo(past.plan(), "7 years");
        given().auth().oauth2(staff(ops)).queryParam("size", 100).when().get("/api/v1/clients").then().statusCode(200)
                .body("items.id", hasItem(past.id()))
                .body("items.find { it.id == '" + past.id() + "' }.anonymised", equalTo(false));

        // The nightly job does the same as an administrator's run, as the platform itself.
        AnonymisationRunResponse scheduled = job.run();
        assertEquals(AnonymisationRun.Trigger.SCHEDULED, scheduled.trigger());
        assertEquals(1, scheduled.counts().clients());
        assertFalse(scheduled.dryRun());
        assertEquals(1L, ((Number) single("select count(*) from audit_log where client_id = cast(?1 as uuid) and action = 'ANONYMISE' "
                + "and subject = 'system:retention' and institution_id is null", past.id())).longValue());

        given().auth().oauth2(staff(ops)).queryParam("size", 100).when().get("/api/v1/clients").then().statusCode(200)
                .body("items.id", not(hasItem(past.id())));
        given().auth().oauth2(staff(ops)).contentType("application/json")
                .body(Map.of("clientId", past.id(), "title", "Nowy plan", "periodFrom", LocalDate.now().toString()))
                .when().post("/api/v1/plans").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:synergia:problem:anonymised"));
        given().auth().oauth2(staff(ops)).contentType("application/json")
                .body(Map.of("institutionId", pup.id.toString(), "purpose", "x", "legalBasis", "PUBLIC_TASK_ART_6_1_E",
                        "includesSensitive", false, "givenOn", LocalDate.now().toString()))
                .when().post("/api/v1/clients/" + past.id() + "/sharing").then().statusCode(409)
                .body("type", equalTo("urn:synergia:problem:anonymised"));
        // The data-subject export of an anonymised record holds no identity.
        given().auth().oauth2(PlanApi.dpo(ops)).when().get("/api/v1/clients/" + past.id() + "/export").then().statusCode(200)
                .body("person.lastName", equalTo("zanonimizowana")).body("person.pesel", nullValue())
                .body("person.anonymisedAt", not(nullValue())).body("specialCategory", nullValue());
    }

    @Test
    void theRuleInForceIsShownToAdministrators() {
        JsonPath policy = given().auth().oauth2(admin()).when().get("/api/v1/anonymisations/policy").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("P6Y", policy.getString("retention"));
        assertNull(policy.get("schedule"), "the nightly run is off in tests");
        java.time.Instant cutoff = java.time.Instant.parse(policy.getString("closedBefore"));
        java.time.Instant expected = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Warsaw")).minusYears(6).toInstant();
        assertTrue(java.time.Duration.between(cutoff, expected).abs().toMinutes() < 5, "six years before now");
    }

    @Test
    void onlyAdministratorsRunRetention() {
        for (String role : List.of("staff", "coordinator", "dpo", "regional-analyst", "integration")) {
            String token = Tokens.user(role).roles(role).institution(ops.id).sign();
            given().auth().oauth2(token).contentType("application/json").body(Map.of("dryRun", true))
                    .when().post("/api/v1/anonymisations").then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).when().get("/api/v1/anonymisations").then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/v1/anonymisations/policy").then().statusCode(403);
        }
        given().contentType("application/json").body(Map.of("dryRun", true)).when().post("/api/v1/anonymisations")
                .then().statusCode(401);
        given().auth().oauth2(admin()).contentType("application/json").body("{}").when().post("/api/v1/anonymisations")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("dryRun"));
        given().auth().oauth2(admin()).contentType("application/json").body("{\"dryRun\": ").when().post("/api/v1/anonymisations")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin()).queryParam("size", 0).when().get("/api/v1/anonymisations").then().statusCode(400);
        given().auth().oauth2(admin()).when().get("/api/v1/anonymisations/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
