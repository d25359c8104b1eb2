package pl.synergia.regional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.synergia.regional.RegionalApi.admin;
import static pl.synergia.regional.RegionalApi.analyst;
import static pl.synergia.regional.RegionalApi.as;
import static pl.synergia.regional.RegionalApi.item;
import static pl.synergia.regional.RegionalApi.values;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.directory.CooperativeProfile;
import pl.synergia.directory.Institution;
import pl.synergia.directory.OfficialStatusKind;
import pl.synergia.partnership.Partners;
import pl.synergia.plan.PlanApi;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Every indicator against values computed by hand on data this test builds through the API, in
 * powiat kazimierski (2603) of świętokrzyskie (26), where no other test puts anything; read
 * through the API after a refresh. Also: scoping to the analyst's voivodeship, the regional
 * system's service account, caching, CSV, sorting, the public page.
 *
 * <pre>
 *  gmina                    directory                                   people (plans)
 *  2603033 Kazimierza W.    CIS 40 places, KIS 20, OWES; OPS, PUP       6 with a plan begun today, 1 whose plan ran
 *                                                                      from 1 Jan last year to today (outcomes, steps)
 *  2603053 Skalbmierz       WTZ 25, ZAZ 12, cooperative (integration);  -
 *                           NGO
 *  2603043 Opatowiec        cooperative (service)                       -
 *  2603022 Czarnocin        KIS whose register entry ended in 2020      -
 *  2603012 Bejsce           CIS not active                              2 with a plan begun today
 * </pre>
 */
@QuarkusTest
class RegionalFiguresTest {

    static final String KW = "2603033";
    static final String SKALBMIERZ = "2603053";
    static final String OPATOWIEC = "2603043";
    static final String CZARNOCIN = "2603022";
    static final String BEJSCE = "2603012";
    static final String POWIAT = "2603";
    static final String VOIVODESHIP = "26";

    static final LocalDate TODAY = LocalDate.now(PolishTime.ZONE);
    static final int LAST_YEAR = TODAY.getYear() - 1;
    /** The PUP's internship under the act in force in February of last year (a plan's steps follow its regime). */
    static final String INTERNSHIP = LocalDate.of(LAST_YEAR, 2, 1).isBefore(LocalDate.of(2025, 6, 1)) ? "PUP_INTERNSHIP_2004"
            : "PUP_INTERNSHIP_2025";
    static final String MONTH = YearMonth.from(TODAY).toString();
    static final String YEAR = Integer.toString(TODAY.getYear());

    /** Built once for the class (the database outlives each test method). */
    static World world;

    record World(Institution ops, Institution pup, Institution ngo, Institution rops, String pact, JsonPath refresh) {
    }

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @BeforeEach
    void build() {
        if (world == null) {
            world = buildWorld();
        }
    }

    private World buildWorld() {
        LocalDate long_ago = LocalDate.of(2020, 1, 1);
        data.institution().type(InstitutionType.CIS).gmina(KW).name(TestData.unique("Centrum Integracji Społecznej"))
                .officialStatus(OfficialStatusKind.CIS_STATUS, long_ago, null).places(40).create();
        data.institution().type(InstitutionType.KIS).gmina(KW).name(TestData.unique("Klub Integracji Społecznej"))
                .officialStatus(OfficialStatusKind.KIS_REGISTER, long_ago, null).places(20).create();
        data.institution().type(InstitutionType.OWES).gmina(KW).name(TestData.unique("Ośrodek Wsparcia Ekonomii Społecznej"))
                .officialStatus(OfficialStatusKind.OWES_ACCREDITATION, LocalDate.of(2021, 1, 1), null).create();
        data.institution().type(InstitutionType.WTZ).gmina(SKALBMIERZ).name(TestData.unique("Warsztat Terapii Zajęciowej"))
                .officialStatus(OfficialStatusKind.WTZ_APPROVAL, LocalDate.of(2019, 1, 1), null).places(25).create();
        data.institution().type(InstitutionType.ZAZ).gmina(SKALBMIERZ).name(TestData.unique("Zakład Aktywności Zawodowej"))
                .officialStatus(OfficialStatusKind.ZAZ_STATUS, LocalDate.of(2019, 6, 1), null).places(12).create();
        data.institution().type(InstitutionType.SPOLDZIELNIA).gmina(SKALBMIERZ).name(TestData.unique("Spółdzielnia Socjalna Razem"))
                .cooperativeProfile(CooperativeProfile.INTEGRATION).create();
        data.institution().type(InstitutionType.SPOLDZIELNIA).gmina(OPATOWIEC).name(TestData.unique("Spółdzielnia Socjalna Usługi"))
                .cooperativeProfile(CooperativeProfile.SERVICE).create();
        // not counted: a register entry that ended, an entry no longer active
        data.institution().type(InstitutionType.KIS).gmina(CZARNOCIN).name(TestData.unique("Klub Integracji Społecznej dawny"))
                .officialStatus(OfficialStatusKind.KIS_REGISTER, long_ago, LocalDate.of(2020, 12, 31)).places(10).create();
        data.institution().type(InstitutionType.CIS).gmina(BEJSCE).name(TestData.unique("Centrum Integracji Społecznej zamknięte"))
                .officialStatus(OfficialStatusKind.CIS_STATUS, long_ago, null).places(30).inactive().create();

        Institution ops = data.institution().type(InstitutionType.OPS).gmina(KW).name(TestData.unique("Miejsko-Gminny Ośrodek Pomocy Społecznej")).create();
        Institution pup = data.institution().type(InstitutionType.PUP).gmina(KW).name(TestData.unique("Powiatowy Urząd Pracy")).create();
        Institution ngo = data.institution().type(InstitutionType.NGO).gmina(SKALBMIERZ).name(TestData.unique("Stowarzyszenie Nadzieja")).create();
        Institution rops = data.institution().type(InstitutionType.ROPS).gmina("2661011").name(TestData.unique("Regionalny Ośrodek Polityki Społecznej")).create();

        // six people of Kazimierza Wielka and two of Bejsce with a plan begun today; six referrals OPS -> PUP: 4 accepted, 2 rejected
        for (int i = 0; i < 8; i++) {
            String client = PlanApi.registerClientIn(ops, i < 6 ? KW : BEJSCE, TestData.unique("Kowalska"));
            PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
            String plan = PlanApi.createPlan(ops, client, List.of(pup), TODAY);
            PlanApi.moveTo(ops, plan, "ACTIVE");
            if (i < 6) {
                String referral = PlanApi.refer(ops, plan, pup, "Prośba o staż");
                if (i < 4) {
                    PlanApi.accept(pup, referral);
                } else {
                    PlanApi.reject(pup, referral);
                }
            }
        }
        // one person of Kazimierza Wielka whose plan ran from 1 January last year and was completed today
        String client = PlanApi.registerClientIn(ops, KW, TestData.unique("Nowak"));
        PlanApi.share(ops, client, pup, "PUBLIC_TASK_ART_6_1_E", false, "Aktywizacja zawodowa");
        String plan = PlanApi.createPlan(ops, client, List.of(pup), LocalDate.of(LAST_YEAR, 1, 1));
        PlanApi.moveTo(ops, plan, "ACTIVE");
        for (int i = 0; i < 3; i++) {
            PlanApi.addOutcome(ops, plan, "JOB_TAKEN", LocalDate.of(LAST_YEAR, 1, 15));
        }
        for (int i = 0; i < 6; i++) {
            PlanApi.addOutcome(ops, plan, "JOB_TAKEN", LocalDate.of(LAST_YEAR, 3, 10));
        }
        for (int i = 0; i < 7; i++) {
            PlanApi.addStep(ops, plan, ops, "OPS_SOCIAL_WORK", LocalDate.of(LAST_YEAR, 2, 1));
        }
        PlanApi.addStep(ops, plan, pup, INTERNSHIP, LocalDate.of(LAST_YEAR, 2, 1));
        PlanApi.addStep(ops, plan, pup, INTERNSHIP, LocalDate.of(LAST_YEAR, 2, 1));
        PlanApi.moveTo(ops, plan, "COMPLETED");

        // an active MLW Pakt in Kazimierza Wielka: OPS, PUP and the NGO; the NGO in the catalogue as education; a ZSL; a variant
        String pact = Partners.activePact(KW, ops, pup, ngo);
        String coordinator = Tokens.user("coord-" + ops.id).roles("staff", "coordinator").institution(ops.id).sign();
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("institutionId", ngo.id.toString(), "sector", "EDUCATION", "code", "SUPPORTER"))
                .when().post("/api/v1/partnerships/" + pact + "/stakeholders").then().statusCode(201);
        given().auth().oauth2(coordinator).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("initiatorKind", "MAYOR", "initiatorName", "Burmistrz Kazimierzy Wielkiej", "establishedOn", TODAY.toString()))
                .when().put("/api/v1/partnerships/" + pact + "/zsl").then().statusCode(200);
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("variantCode", "KIS_NEW_BY_OPS_OR_NGO", "status", "CHOSEN", "decidedOn", TODAY.toString(), "founder", "OPS"))
                .when().post("/api/v1/partnerships/" + pact + "/variants").then().statusCode(201);

        JsonPath refresh = RegionalApi.refresh(Map.of("scope", "FULL"));
        return new World(ops, pup, ngo, rops, pact, refresh);
    }

    private static String analyst26() {
        return analyst(world.rops().id);
    }

    private static BigDecimal value(JsonPath values, String unit) {
        Object v = item(values, unit).get("value");
        return v == null ? null : new BigDecimal(v.toString());
    }

    private static boolean hidden(JsonPath values, String unit) {
        return (Boolean) item(values, unit).get("suppressed");
    }

    private static void assertValue(String expected, JsonPath values, String unit) {
        BigDecimal actual = value(values, unit);
        assertNotNull(actual, unit + " has no value in " + values.getString("indicator"));
        assertEquals(0, new BigDecimal(expected).compareTo(actual), values.getString("indicator") + " of " + unit + ": " + actual);
        assertFalse(hidden(values, unit));
    }

    private static void assertHidden(JsonPath values, String unit) {
        assertTrue(hidden(values, unit), values.getString("indicator") + " of " + unit + " should be hidden");
        assertNull(item(values, unit).get("value"));
        assertNull(item(values, unit).get("numerator"));
    }

    /** Values of the indicator for the gminas of the powiat, the powiat and the voivodeship, in one period. */
    private record Levels(JsonPath gminas, JsonPath powiats, JsonPath voivodeships) {
    }

    private static Levels levels(String indicator, String period) {
        return new Levels(values(admin(), indicator, "GMINA", POWIAT, period), values(admin(), indicator, "POWIAT", VOIVODESHIP, period),
                values(admin(), indicator, "VOIVODESHIP", null, period));
    }

    private static void assertCounts(String indicator, String period, String kw, String skalbmierz, String opatowiec,
            String czarnocin, String bejsce, String powiat, String voivodeship) {
        Levels l = levels(indicator, period);
        assertValue(kw, l.gminas(), KW);
        assertValue(skalbmierz, l.gminas(), SKALBMIERZ);
        assertValue(opatowiec, l.gminas(), OPATOWIEC);
        assertValue(czarnocin, l.gminas(), CZARNOCIN);
        assertValue(bejsce, l.gminas(), BEJSCE);
        assertValue(powiat, l.powiats(), POWIAT);
        assertValue(voivodeship, l.voivodeships(), VOIVODESHIP);
    }

    static long population(String teryt) throws IOException {
        return Files.readAllLines(Path.of("..", "data", "teryt", "population.csv"), StandardCharsets.UTF_8).stream()
                .map(l -> l.split(",")).filter(f -> f[0].equals(teryt)).mapToLong(f -> Long.parseLong(f[4])).findFirst().orElseThrow();
    }

    static String per(long count, long factor, long of) {
        return BigDecimal.valueOf(count * factor).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP).toPlainString();
    }

    // ------------------------------------------------------------------ the run

    @Test
    void theRefreshRanEveryYearWithItsProgress() {
        JsonPath run = world.refresh();
        assertEquals("SUCCEEDED", run.getString("status"), run.prettify());
        assertEquals("FULL", run.getString("scope"));
        assertTrue(run.getList("years", Integer.class).containsAll(List.of(LAST_YEAR, TODAY.getYear())));
        assertEquals(run.getInt("stepsTotal"), run.getInt("stepsDone"));
        assertEquals(run.getList("years").size() * 3 + 1, run.getInt("stepsTotal"));
        assertTrue(run.getInt("valuesWritten") > 0);
        assertEquals("Test admin", run.getString("requestedBy"));
        as(admin()).when().get("/api/v1/regional/refreshes").then().statusCode(200).body("items.id", hasItems(run.getString("id")));
    }

    // ------------------------------------------------------------------ supply, white spots

    @Test
    void supplyCountsEntitiesWithAValidStatusAndTheirPlaces() {
        //             KW   Skalbmierz Opatowiec Czarnocin Bejsce powiat voivodeship
        assertCounts("CIS_ENTITIES", MONTH, "1", "0", "0", "0", "0", "1", "1");
        assertCounts("CIS_PLACES", MONTH, "40", "0", "0", "0", "0", "40", "40");
        assertCounts("KIS_ENTITIES", MONTH, "1", "0", "0", "0", "0", "1", "1");
        assertCounts("KIS_PLACES", MONTH, "20", "0", "0", "0", "0", "20", "20");
        assertCounts("CIS_KIS_ENTITIES", MONTH, "2", "0", "0", "0", "0", "2", "2");
        assertCounts("CIS_KIS_PLACES", MONTH, "60", "0", "0", "0", "0", "60", "60");
        assertCounts("WTZ_ENTITIES", MONTH, "0", "1", "0", "0", "0", "1", "1");
        assertCounts("WTZ_PLACES", MONTH, "0", "25", "0", "0", "0", "25", "25");
        assertCounts("ZAZ_ENTITIES", MONTH, "0", "1", "0", "0", "0", "1", "1");
        assertCounts("ZAZ_PLACES", MONTH, "0", "12", "0", "0", "0", "12", "12");
        assertCounts("WTZ_ZAZ_ENTITIES", MONTH, "0", "2", "0", "0", "0", "2", "2");
        assertCounts("WTZ_ZAZ_PLACES", MONTH, "0", "37", "0", "0", "0", "37", "37");
        assertCounts("OWES_ENTITIES", MONTH, "1", "0", "0", "0", "0", "1", "1");
        assertCounts("COOP_ENTITIES", MONTH, "0", "1", "1", "0", "0", "2", "2");
        // the year is its last month (a state); last year: the cooperatives were not yet in the directory
        assertCounts("CIS_KIS_PLACES", YEAR, "60", "0", "0", "0", "0", "60", "60");
        assertCounts("COOP_ENTITIES", Integer.toString(LAST_YEAR), "0", "0", "0", "0", "0", "0", "0");
        assertCounts("WTZ_ZAZ_PLACES", Integer.toString(LAST_YEAR), "0", "37", "0", "0", "0", "37", "37");

        JsonPath byProfile = as(admin()).queryParam("indicator", "COOP_ENTITIES").queryParam("unit", POWIAT).queryParam("period", MONTH)
                .when().get("/api/v1/regional/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals("COOPERATIVE_PROFILE", byProfile.getString("breakdown"));
        assertEquals(2, byProfile.getInt("total"));
        assertEquals(List.of("INTEGRATION", "SERVICE"), byProfile.getList("parts.key"));
        assertEquals(List.of(1, 1), byProfile.getList("parts.value", Integer.class));
    }

    @Test
    void supplyPerTenThousandInhabitantsUsesThePopulationOfEachUnit() throws IOException {
        long kw = population(KW);
        long skalbmierz = population(SKALBMIERZ);
        long powiat = population(POWIAT);
        long voivodeship = population(VOIVODESHIP);
        Map<String, long[]> counts = new LinkedHashMap<>();
        //                              KW, Skalbmierz, Opatowiec, powiat = voivodeship
        counts.put("CIS_ENTITIES", new long[] { 1, 0, 0, 1 });
        counts.put("CIS_PLACES", new long[] { 40, 0, 0, 40 });
        counts.put("KIS_ENTITIES", new long[] { 1, 0, 0, 1 });
        counts.put("KIS_PLACES", new long[] { 20, 0, 0, 20 });
        counts.put("CIS_KIS_ENTITIES", new long[] { 2, 0, 0, 2 });
        counts.put("CIS_KIS_PLACES", new long[] { 60, 0, 0, 60 });
        counts.put("WTZ_ENTITIES", new long[] { 0, 1, 0, 1 });
        counts.put("WTZ_PLACES", new long[] { 0, 25, 0, 25 });
        counts.put("ZAZ_ENTITIES", new long[] { 0, 1, 0, 1 });
        counts.put("ZAZ_PLACES", new long[] { 0, 12, 0, 12 });
        counts.put("WTZ_ZAZ_ENTITIES", new long[] { 0, 2, 0, 2 });
        counts.put("WTZ_ZAZ_PLACES", new long[] { 0, 37, 0, 37 });
        counts.put("OWES_ENTITIES", new long[] { 1, 0, 0, 1 });
        counts.put("COOP_ENTITIES", new long[] { 0, 1, 1, 2 });
        counts.forEach((code, c) -> {
            Levels l = levels(code + "_PER_10K", MONTH);
            assertValue(per(c[0], 10_000, kw), l.gminas(), KW);
            assertValue(per(c[1], 10_000, skalbmierz), l.gminas(), SKALBMIERZ);
            assertValue("0", l.gminas(), BEJSCE);
            assertValue(per(c[3], 10_000, powiat), l.powiats(), POWIAT);
            assertValue(per(c[3], 10_000, voivodeship), l.voivodeships(), VOIVODESHIP);
        });
        JsonPath gminas = values(admin(), "CIS_KIS_PLACES_PER_10K", "GMINA", POWIAT, MONTH);
        assertEquals(60, ((Number) item(gminas, KW).get("numerator")).intValue());
        assertEquals(kw, ((Number) item(gminas, KW).get("denominator")).longValue());
    }

    @Test
    void whiteSpotsAreGminasWithoutCisOrKisOfTheirOwnOrInTheirPowiat() {
        // four of the five gminas have no CIS or KIS; the powiat has one, so none is a white spot of the powiat
        assertCounts("GMINAS_WITHOUT_CIS_KIS", MONTH, "0", "1", "1", "1", "1", "4", countOfGminasWithout());
        assertCounts("GMINAS_WITHOUT_CIS_KIS_IN_POWIAT", MONTH, "0", "0", "0", "0", "0", "0",
                Integer.toString(gminasIn(VOIVODESHIP) - 5));
        JsonPath powiats = values(admin(), "POWIATS_WITHOUT_CIS_KIS", "POWIAT", VOIVODESHIP, MONTH);
        assertValue("0", powiats, POWIAT);
        assertValue("1", powiats, "2601");
        assertValue(Integer.toString(powiatsIn(VOIVODESHIP) - 1), values(admin(), "POWIATS_WITHOUT_CIS_KIS", "VOIVODESHIP", null, MONTH),
                VOIVODESHIP);
        as(admin()).queryParam("indicator", "POWIATS_WITHOUT_CIS_KIS").queryParam("level", "GMINA").when().get("/api/v1/regional/values")
                .then().statusCode(400).body("errors[0].field", equalTo("level")).body("errors[0].code", equalTo("invalid-for-indicator"));
    }

    private String countOfGminasWithout() {
        return Integer.toString(gminasIn(VOIVODESHIP) - 1);
    }

    private int gminasIn(String voivodeship) {
        return ((Number) em.createQuery("select count(g) from Gmina g where g.teryt like :p").setParameter("p", voivodeship + "%")
                .getSingleResult()).intValue();
    }

    private int powiatsIn(String voivodeship) {
        return ((Number) em.createQuery("select count(p) from Powiat p where p.code like :p").setParameter("p", voivodeship + "%")
                .getSingleResult()).intValue();
    }

    // ------------------------------------------------------------------ MLW

    @Test
    void mlwAdoptionFromThePakt() {
        assertCounts("MLW_PACT_ACTIVE", MONTH, "1", "0", "0", "0", "0", "1", "1");
        assertCounts("MLW_PACT_DRAFT", MONTH, "0", "0", "0", "0", "0", "0", "0");
        assertCounts("MLW_PACT_CONSULTATION", MONTH, "0", "0", "0", "0", "0", "0", "0");
        assertCounts("MLW_PACT_DISSOLVED", MONTH, "0", "0", "0", "0", "0", "0", "0");
        assertCounts("MLW_CATALOGUE_STARTED", MONTH, "1", "0", "0", "0", "0", "1", "1");
        assertCounts("MLW_ZSL_FORMED", MONTH, "1", "0", "0", "0", "0", "1", "1");
        assertCounts("MLW_VARIANT_CHOSEN", MONTH, "1", "0", "0", "0", "0", "1", "1");
        assertCounts("MLW_VARIANT_DONE", MONTH, "0", "0", "0", "0", "0", "0", "0");
        assertCounts("MLW_SIGNATORIES", MONTH, "3", "0", "0", "0", "0", "3", "3");
        // last year there was no Pakt yet
        assertCounts("MLW_PACT_ACTIVE", Integer.toString(LAST_YEAR), "0", "0", "0", "0", "0", "0", "0");

        JsonPath share = values(admin(), "MLW_ACTIVE_SHARE", "POWIAT", VOIVODESHIP, MONTH);
        assertValue("20.00", share, POWIAT);
        assertValue(per(1, 100, gminasIn(VOIVODESHIP)), values(admin(), "MLW_ACTIVE_SHARE", "VOIVODESHIP", null, MONTH), VOIVODESHIP);

        JsonPath sectors = as(admin()).queryParam("indicator", "MLW_SIGNATORIES").queryParam("unit", KW).queryParam("period", MONTH)
                .when().get("/api/v1/regional/breakdown").then().statusCode(200).extract().jsonPath();
        // the NGO's sector is the catalogue's (education), the others' follow their type
        assertEquals(List.of("EDUCATION", "LABOUR_MARKET", "SOCIAL_ASSISTANCE"), sectors.getList("parts.key"));
        JsonPath variants = as(admin()).queryParam("indicator", "MLW_VARIANT_CHOSEN").queryParam("unit", VOIVODESHIP)
                .queryParam("period", MONTH).when().get("/api/v1/regional/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("KIS_NEW_BY_OPS_OR_NGO"), variants.getList("parts.key"));

        JsonPath gminas = as(analyst26()).when().get("/api/v1/regional/mlw-gminas").then().statusCode(200).extract().jsonPath();
        assertEquals(1, gminas.getInt("totalItems"));
        assertEquals(KW, gminas.getString("items[0].teryt"));
        assertEquals("Kazimierza Wielka", gminas.getString("items[0].name"));
        assertEquals("kazimierski", gminas.getString("items[0].powiatName"));
        assertEquals("ACTIVE", gminas.getString("items[0].stage"));
        assertEquals(TODAY.toString(), gminas.getString("items[0].stageSince"));
        assertEquals(world.pact(), gminas.getString("items[0].partnershipId"));
        assertEquals(1, gminas.getInt("items[0].stakeholders"));
        assertEquals(TODAY.toString(), gminas.getString("items[0].zslEstablishedOn"));
        assertEquals("KIS_NEW_BY_OPS_OR_NGO", gminas.getString("items[0].variantCode"));
        assertEquals("CHOSEN", gminas.getString("items[0].variantStatus"));
        assertEquals(3, gminas.getInt("items[0].signatories"));
        assertEquals(Map.of("EDUCATION", 1, "LABOUR_MARKET", 1, "SOCIAL_ASSISTANCE", 1), gminas.getMap("items[0].signatoriesBySector"));
        as(analyst26()).queryParam("stage", "DRAFT").when().get("/api/v1/regional/mlw-gminas").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    // ------------------------------------------------------------------ work done: people, hidden when few

    @Test
    void peopleWithAnActivePlanAreHiddenBelowKWithTheirComplement() throws IOException {
        Levels now = levels("PEOPLE_ACTIVE_PLAN", MONTH);
        // Bejsce 2 (< 5): hidden; then Kazimierza Wielka (6) too, or 8 - 0 - 0 - 0 would give Bejsce away
        assertHidden(now.gminas(), BEJSCE);
        assertHidden(now.gminas(), KW);
        assertValue("0", now.gminas(), SKALBMIERZ);
        assertValue("8", now.powiats(), POWIAT);
        assertValue("8", now.voivodeships(), VOIVODESHIP);
        // the year of a state is its last month: hidden alike
        Levels year = levels("PEOPLE_ACTIVE_PLAN", YEAR);
        assertHidden(year.gminas(), BEJSCE);
        assertHidden(year.gminas(), KW);
        assertValue("8", year.powiats(), POWIAT);
        // last year one person: hidden at every level (a lone child hides its parent)
        Levels last = levels("PEOPLE_ACTIVE_PLAN", LAST_YEAR + "-06");
        assertHidden(last.gminas(), KW);
        assertHidden(last.powiats(), POWIAT);
        assertHidden(last.voivodeships(), VOIVODESHIP);
        // per inhabitant: hidden with the count
        Levels rate = levels("PEOPLE_ACTIVE_PLAN_PER_10K", MONTH);
        assertHidden(rate.gminas(), KW);
        assertHidden(rate.gminas(), BEJSCE);
        assertValue(per(8, 10_000, population(POWIAT)), rate.powiats(), POWIAT);
        // the attacker's equations: KW + Bejsce = 8 (powiat) with the other gminas 0, and the same for the year
        JsonPath gminas = now.gminas();
        List<String> unknowns = new ArrayList<>();
        for (Map<?, ?> i : gminas.getList("items", Map.class)) {
            if (Boolean.TRUE.equals(i.get("suppressed"))) {
                unknowns.add((String) i.get("unit"));
            }
        }
        assertEquals(Set.of(KW, BEJSCE), new HashSet<>(unknowns), "exactly the two cells are hidden");
        long[] shown = { 8, 0, 0, 0, 0, 0 }; // powiat, KW, Bejsce, and the other three gminas as shown
        java.util.BitSet hiddenCells = new java.util.BitSet();
        hiddenCells.set(1);
        hiddenCells.set(2);
        LinearAttack attack = new LinearAttack(shown, hiddenCells, List.of(new SuppressionPolicy.Relation(0, new int[] { 1, 2, 3, 4, 5 })));
        assertTrue(attack.recovered().isEmpty(), "subtracting the shown gminas from the powiat recovers neither");
    }

    @Test
    void plansStartedAndClosed() {
        Levels started = levels("PLANS_STARTED", MONTH);
        assertHidden(started.gminas(), BEJSCE);
        assertHidden(started.gminas(), KW);
        assertValue("8", started.powiats(), POWIAT);
        Levels closed = levels("PLANS_CLOSED", MONTH);
        assertHidden(closed.gminas(), KW);
        assertHidden(closed.powiats(), POWIAT);
        assertHidden(closed.voivodeships(), VOIVODESHIP);
        assertValue("0", closed.gminas(), BEJSCE);
        Levels lastYear = levels("PLANS_STARTED", Integer.toString(LAST_YEAR));
        assertHidden(lastYear.gminas(), KW);
        assertValue("0", lastYear.gminas(), BEJSCE);
    }

    @Test
    void outcomesOfAMonthCannotBeRecoveredFromTheYearByDifference() {
        String january = LAST_YEAR + "-01";
        String march = LAST_YEAR + "-03";
        String year = Integer.toString(LAST_YEAR);
        // 3 job outcomes in January (hidden), 6 in March: the year shows 9, so March is hidden too
        assertHidden(values(admin(), "OUTCOMES", "GMINA", POWIAT, january), KW);
        assertHidden(values(admin(), "OUTCOMES", "GMINA", POWIAT, march), KW);
        assertValue("9", values(admin(), "OUTCOMES", "GMINA", POWIAT, year), KW);
        assertValue("9", values(admin(), "OUTCOMES", "POWIAT", VOIVODESHIP, year), POWIAT);
        // the attacker reads every month of the year as the API shows them and subtracts from the year
        JsonPath series = as(admin()).queryParam("indicator", "OUTCOMES").queryParam("unit", KW).queryParam("periodicity", "MONTH")
                .queryParam("from", january).queryParam("to", LAST_YEAR + "-12").when().get("/api/v1/regional/series")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(12, series.getList("points").size());
        long[] shown = new long[13];
        java.util.BitSet hiddenCells = new java.util.BitSet();
        int[] months = new int[12];
        for (int m = 0; m < 12; m++) {
            months[m] = m;
            if (series.getBoolean("points[" + m + "].suppressed")) {
                hiddenCells.set(m);
            } else {
                shown[m] = series.getLong("points[" + m + "].value");
            }
        }
        shown[12] = 9;
        assertEquals(2, hiddenCells.cardinality(), "January and March hidden");
        LinearAttack attack = new LinearAttack(shown, hiddenCells, List.of(new SuppressionPolicy.Relation(12, months)));
        assertFalse(attack.uniquelySolvable(), "January + March = 9 has no unique solution");
        assertTrue(attack.recovered().isEmpty());
        // the breakdown by kind hides alike
        JsonPath kinds = as(admin()).queryParam("indicator", "OUTCOMES").queryParam("unit", KW).queryParam("period", year)
                .when().get("/api/v1/regional/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals(9, kinds.getInt("total"));
        assertEquals(List.of("JOB_TAKEN"), kinds.getList("parts.key"));
        assertEquals(9, kinds.getInt("parts[0].value"));
    }

    @Test
    void referralsBetweenInstitutionTypesWithTheMedianTimeToAnswer() {
        Levels sent = levels("REFERRALS_SENT", MONTH);
        assertValue("6", sent.gminas(), KW);
        assertValue("6", sent.powiats(), POWIAT);
        JsonPath pairs = as(admin()).queryParam("indicator", "REFERRALS_SENT").queryParam("unit", KW).queryParam("period", MONTH)
                .when().get("/api/v1/regional/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals("INSTITUTION_TYPES", pairs.getString("breakdown"));
        assertEquals(List.of("OPS>PUP"), pairs.getList("parts.key"));
        assertEquals(6, pairs.getInt("parts[0].value"));
        Levels accepted = levels("REFERRALS_ACCEPTED", MONTH);
        assertHidden(accepted.gminas(), KW);
        assertHidden(accepted.powiats(), POWIAT);
        Levels rejected = levels("REFERRALS_REJECTED", MONTH);
        assertHidden(rejected.gminas(), KW);
        // 4 of 6: but with 4 and 2 hidden the rate is hidden too
        assertHidden(levels("REFERRAL_ACCEPTANCE_RATE", MONTH).gminas(), KW);
        // six answers: the median is shown (answered at once: 0 days)
        JsonPath median = values(admin(), "REFERRAL_ANSWER_DAYS_MEDIAN", "GMINA", POWIAT, MONTH);
        assertEquals(0, value(median, KW).compareTo(BigDecimal.ZERO));
        assertNull(item(median, BEJSCE).get("value"), "no answers: no data, not 0");
        assertFalse(hidden(median, BEJSCE));
    }

    @Test
    void stepsByCatalogueServiceHideASmallServiceAndItsComplement() {
        String february = LAST_YEAR + "-02";
        JsonPath steps = as(admin()).queryParam("indicator", "STEPS_STARTED").queryParam("unit", KW).queryParam("period", february)
                .when().get("/api/v1/regional/breakdown").then().statusCode(200).extract().jsonPath();
        assertEquals("SERVICE", steps.getString("breakdown"));
        assertEquals(9, steps.getInt("total"));
        assertEquals(List.of("OPS_SOCIAL_WORK", INTERNSHIP), steps.getList("parts.key"));
        // 2 internships (< 5) hidden, and the 7 of social work, or 9 - 7 would give them away
        assertEquals(List.of(true, true), steps.getList("parts.suppressed"));
        assertValue("9", values(admin(), "STEPS_STARTED", "GMINA", POWIAT, february), KW);
        assertValue("9", values(admin(), "STEPS_STARTED", "VOIVODESHIP", null, Integer.toString(LAST_YEAR)), VOIVODESHIP);
    }

    // ------------------------------------------------------------------ scope, caching, CSV, sorting

    @Test
    void anAnalystSeesTheirVoivodeshipAndForeignFiguresOfPeopleAnswer404Audited() {
        String mazowieckie = analyst(RegionalApi.MCPS);
        long deniedBefore = denied();
        as(mazowieckie).queryParam("indicator", "PEOPLE_ACTIVE_PLAN").queryParam("level", "GMINA").queryParam("unit", POWIAT)
                .when().get("/api/v1/regional/values").then().statusCode(404).contentType("application/problem+json");
        as(mazowieckie).queryParam("indicator", "STEPS_STARTED").queryParam("unit", KW).when().get("/api/v1/regional/breakdown")
                .then().statusCode(404);
        as(mazowieckie).when().get("/api/v1/regional/gminas/" + KW + "/profile").then().statusCode(404);
        assertEquals(deniedBefore + 3, denied(), "each refusal is in the audit log");
        // public registers of another voivodeship are for anyone
        assertValue("1", values(mazowieckie, "CIS_ENTITIES", "GMINA", POWIAT, MONTH), KW);
        // without a unit, an analyst's list is their own voivodeship
        JsonPath own = values(mazowieckie, "PEOPLE_ACTIVE_PLAN", "POWIAT", null, MONTH);
        assertEquals(powiatsIn("14"), own.getInt("totalItems"));
        assertTrue(own.getList("items.unit", String.class).stream().allMatch(u -> u.startsWith("14")));
        assertEquals(List.of("14"), values(mazowieckie, "PEOPLE_ACTIVE_PLAN", "VOIVODESHIP", null, MONTH).getList("items.unit"));
        assertEquals(16, values(mazowieckie, "CIS_ENTITIES", "VOIVODESHIP", null, MONTH).getInt("totalItems"));
        // the administrator sees the nation
        JsonPath nation = values(admin(), "PEOPLE_ACTIVE_PLAN", "VOIVODESHIP", null, MONTH);
        assertEquals(16, nation.getInt("totalItems"));
        assertValue("8", nation, VOIVODESHIP);
    }

    private long denied() {
        return ((Number) em.createNativeQuery("select count(*) from audit_log where record_type = 'REGIONAL_FIGURES' and outcome = 'DENIED'")
                .getSingleResult()).longValue();
    }

    @Test
    void theRegionalSystemsServiceAccountHasItsRopssScope() {
        String system = RegionalApi.regionalSystem(world.rops().id);
        assertValue("8", values(system, "PEOPLE_ACTIVE_PLAN", "POWIAT", null, MONTH), POWIAT);
        as(system).queryParam("indicator", "PEOPLE_ACTIVE_PLAN").queryParam("level", "GMINA").queryParam("unit", "1408")
                .when().get("/api/v1/regional/values").then().statusCode(404);
        as(system).contentType("application/json").body(Map.of("scope", "FULL")).when().post("/api/v1/regional/refreshes")
                .then().statusCode(403);
    }

    @Test
    void othersAreRefused() {
        as(Tokens.user("staff-x").roles("staff").institution(world.ops().id).sign())
                .queryParam("indicator", "CIS_ENTITIES").when().get("/api/v1/regional/values").then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.user("analyst-nobody").roles("regional-analyst").sign()).queryParam("indicator", "CIS_ENTITIES")
                .when().get("/api/v1/regional/values").then().statusCode(403).contentType("application/problem+json");
        given().queryParam("indicator", "CIS_ENTITIES").when().get("/api/v1/regional/values").then().statusCode(401);
    }

    @Test
    void badParametersAnswer400ProblemsNamingThem() {
        as(admin()).when().get("/api/v1/regional/values").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("indicator")).body("errors[0].code", equalTo("required"));
        as(admin()).queryParam("indicator", "NO_SUCH").queryParam("level", "COUNTY").queryParam("unit", "1")
                .queryParam("period", "2025-13").queryParam("sort", "colour").queryParam("size", "0")
                .when().get("/api/v1/regional/values").then().statusCode(400)
                .body("errors.field", hasItems("indicator", "level", "unit", "period", "sort", "size"));
        as(admin()).queryParam("indicator", "NEED_SA_POVERTY").queryParam("period", MONTH).when().get("/api/v1/regional/values")
                .then().statusCode(400).body("errors[0].code", equalTo("invalid-for-indicator"));
        as(admin()).queryParam("indicator", "CIS_ENTITIES").queryParam("period", "1999").when().get("/api/v1/regional/values")
                .then().statusCode(404).contentType("application/problem+json");
        as(admin()).queryParam("indicator", "CIS_ENTITIES").queryParam("unit", "9999").when().get("/api/v1/regional/values")
                .then().statusCode(404);
        as(admin()).when().get("/api/v1/regional/gminas/14/profile").then().statusCode(400);
        as(admin()).when().get("/api/v1/regional/indicators/NO_SUCH").then().statusCode(404);
    }

    @Test
    void answersCarryAnETagAndCacheControlAndAnswer304WhenUnchanged() {
        var response = as(analyst26()).queryParam("indicator", "CIS_KIS_PLACES").queryParam("period", MONTH)
                .when().get("/api/v1/regional/values").then().statusCode(200)
                .header("Cache-Control", allOf(containsString("private"), containsString("max-age=60"))).extract();
        String etag = response.header("ETag");
        assertNotNull(etag);
        as(analyst26()).header("If-None-Match", etag).queryParam("indicator", "CIS_KIS_PLACES").queryParam("period", MONTH)
                .when().get("/api/v1/regional/values").then().statusCode(304);
        // another question, another tag
        String other = as(analyst26()).queryParam("indicator", "CIS_KIS_PLACES").queryParam("period", MONTH).queryParam("level", "POWIAT")
                .when().get("/api/v1/regional/values").then().statusCode(200).extract().header("ETag");
        assertFalse(etag.equals(other));
        // the same question as the administrator (the nation) has another tag too
        String nation = as(admin()).queryParam("indicator", "CIS_KIS_PLACES").queryParam("period", MONTH)
                .when().get("/api/v1/regional/values").then().statusCode(200).extract().header("ETag");
        assertFalse(etag.equals(nation));
    }

    @Test
    void valuesAsCsvForASpreadsheet() {
        byte[] bytes = as(analyst26()).accept("text/csv").queryParam("indicator", "PEOPLE_ACTIVE_PLAN").queryParam("unit", POWIAT)
                .queryParam("period", MONTH).when().get("/api/v1/regional/values").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", startsWith("attachment; filename=\"people_active_plan-gmina-"))
                .extract().asByteArray();
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFindicator,period,as_of,breakdown,level,unit_teryt,name,powiat,value,suppressed,numerator,denominator"));
        assertTrue(csv.contains("PEOPLE_ACTIVE_PLAN," + MONTH + "," + TODAY + ",,GMINA," + KW + ",Kazimierza Wielka,kazimierski,,true,,"), csv);
        assertTrue(csv.contains(",GMINA," + SKALBMIERZ + ",Skalbmierz,kazimierski,0,false,,"), csv);
        assertEquals(6, csv.strip().split("\r\n").length, "the header and the five gminas");
    }

    @Test
    void namesSortInPolishOrderAndValuesWithHiddenOnesLast() {
        List<String> names = values(admin(), "CIS_ENTITIES", "GMINA", "2604", MONTH).getList("items.name");
        assertTrue(names.indexOf("Łagów") > names.indexOf("Kielce") || !names.contains("Kielce"));
        assertTrue(names.indexOf("Łagów") < names.indexOf("Masłów"), "Ł between L and M: " + names);
        assertTrue(names.indexOf("Chęciny") < names.indexOf("Chmielnik"), names.toString());
        List<String> desc = as(admin()).queryParam("indicator", "PEOPLE_ACTIVE_PLAN").queryParam("unit", POWIAT).queryParam("period", MONTH)
                .queryParam("sort", "-value").when().get("/api/v1/regional/values").then().statusCode(200).extract().jsonPath()
                .getList("items.unit");
        assertEquals(List.of(BEJSCE, KW), desc.subList(3, 5), "hidden values last, whichever the direction: " + desc);
        JsonPath page = as(admin()).queryParam("indicator", "CIS_ENTITIES").queryParam("unit", VOIVODESHIP).queryParam("period", MONTH)
                .queryParam("size", 10).queryParam("page", 1).when().get("/api/v1/regional/values").then().statusCode(200).extract().jsonPath();
        assertEquals(10, page.getList("items").size());
        assertEquals(gminasIn(VOIVODESHIP), page.getInt("totalItems"));
    }

    // ------------------------------------------------------------------ profile, catalogue, series, public

    @Test
    void theGminaProfileSetsItsFiguresBesideItsPowiatAndVoivodeship() {
        JsonPath profile = as(analyst26()).queryParam("period", MONTH).when().get("/api/v1/regional/gminas/" + KW + "/profile")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Kazimierza Wielka", profile.getString("name"));
        assertEquals("kazimierski", profile.getString("powiatName"));
        assertEquals("świętokrzyskie", profile.getString("voivodeshipName"));
        assertEquals(TODAY.toString(), profile.getString("asOf"));
        assertEquals(5, profile.getInt("suppressionThreshold"));
        assertEquals("ACTIVE", profile.getString("mlw.stage"));
        Map<String, Object> places = profile.getMap("indicators.find { it.code == 'CIS_KIS_PLACES' }");
        assertEquals(60, ((Number) ((Map<?, ?>) places.get("gmina")).get("value")).intValue());
        assertEquals(60, ((Number) ((Map<?, ?>) places.get("powiat")).get("value")).intValue());
        Map<String, Object> people = profile.getMap("indicators.find { it.code == 'PEOPLE_ACTIVE_PLAN' }");
        assertEquals(Boolean.TRUE, ((Map<?, ?>) people.get("gmina")).get("suppressed"));
        assertNull(((Map<?, ?>) people.get("gmina")).get("value"));
        assertEquals(8, ((Number) ((Map<?, ?>) people.get("powiat")).get("value")).intValue());
        Map<String, Object> powiats = profile.getMap("indicators.find { it.code == 'POWIATS_WITHOUT_CIS_KIS' }");
        assertNull(powiats.get("gmina"), "not given for gminas");
        assertEquals(IndicatorCatalogue.all().size(), profile.getList("indicators").size());
    }

    @Test
    void theCatalogueDescribesEveryIndicator() {
        JsonPath catalogue = as(analyst26()).when().get("/api/v1/regional/indicators").then().statusCode(200).extract().jsonPath();
        List<String> codes = catalogue.getList("code");
        assertEquals(IndicatorCatalogue.all().stream().map(Indicator::code).toList(), codes);
        assertTrue(codes.containsAll(List.of("CIS_KIS_PLACES_PER_10K", "GMINAS_WITHOUT_CIS_KIS", "NEED_SA_UNEMPLOYMENT",
                "CIS_KIS_PLACES_PER_100_SA_UNEMPLOYMENT", "MLW_PACT_ACTIVE", "PEOPLE_ACTIVE_PLAN", "REFERRALS_SENT", "STEPS_STARTED")));
        Map<String, Object> people = catalogue.getMap("find { it.code == 'PEOPLE_ACTIVE_PLAN' }");
        assertEquals(true, people.get("suppressed"));
        assertEquals(false, people.get("publicRegister"));
        assertEquals("Osoby z aktywnym planem działania", people.get("namePl"));
        assertEquals("PEOPLE", people.get("unit"));
        assertEquals(MONTH, people.get("latestPeriod"));
        Map<String, Object> cis = catalogue.getMap("find { it.code == 'CIS_ENTITIES' }");
        assertEquals(false, cis.get("suppressed"));
        assertEquals(List.of("MONTH", "YEAR"), cis.get("periodicity"));
        as(analyst26()).when().get("/api/v1/regional/indicators/NEED_SA_HOMELESSNESS").then().statusCode(200)
                .body("periodicity", equalTo(List.of("YEAR"))).body("source", equalTo("NEED_IMPORT"));
    }

    @Test
    void aSeriesOfMonths() {
        JsonPath series = as(analyst26()).queryParam("indicator", "CIS_KIS_PLACES").queryParam("unit", POWIAT)
                .queryParam("from", LAST_YEAR + "-01").when().get("/api/v1/regional/series").then().statusCode(200).extract().jsonPath();
        assertEquals(12 + TODAY.getMonthValue(), series.getList("points").size());
        assertTrue(series.getList("points.value", Integer.class).stream().allMatch(v -> v == 60));
        assertEquals(LAST_YEAR + "-01", series.getString("points[0].period"));
        assertEquals(LocalDate.of(LAST_YEAR, 1, 31).toString(), series.getString("points[0].asOf"));
        JsonPath years = as(analyst26()).queryParam("indicator", "CIS_KIS_PLACES").queryParam("unit", POWIAT)
                .queryParam("periodicity", "YEAR").when().get("/api/v1/regional/series").then().statusCode(200).extract().jsonPath();
        assertTrue(years.getList("points.period").containsAll(List.of(Integer.toString(LAST_YEAR), YEAR)));
    }

    @Test
    void thePublicPageShowsPublicRegistersWithoutLogin() {
        JsonPath all = given().when().get("/api/v1/public/regional/voivodeships").then().statusCode(200)
                .header("Cache-Control", allOf(containsString("max-age=60"), not(containsString("private")))).extract().jsonPath();
        assertEquals(16, all.getList("voivodeships").size());
        Map<String, Object> swietokrzyskie = all.getMap("voivodeships.find { it.code == '26' }");
        assertEquals(Map.of("CIS", 1, "KIS", 1, "WTZ", 1, "ZAZ", 1, "OWES", 1, "COOP", 2), swietokrzyskie.get("entities"));
        assertEquals(Map.of("CIS", 40, "KIS", 20, "WTZ", 25, "ZAZ", 12), swietokrzyskie.get("places"));
        assertEquals(1, swietokrzyskie.get("mlwGminas"));
        assertNull(swietokrzyskie.get("mlwGminaList"));
        JsonPath one = given().when().get("/api/v1/public/regional/voivodeships/26").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(KW), one.getList("voivodeships[0].mlwGminaList.teryt"));
        assertEquals(world.pact(), one.getString("voivodeships[0].mlwGminaList[0].partnershipId"));
        given().when().get("/api/v1/public/regional/voivodeships/99").then().statusCode(404).contentType("application/problem+json");
        // nothing about people on the public page
        String body = given().when().get("/api/v1/public/regional/voivodeships").then().extract().asString();
        assertFalse(body.contains("PEOPLE") || body.contains("people"));
    }

    @Test
    void refreshesAreForAdministratorsAndCheckTheirInput() {
        as(analyst26()).contentType("application/json").body(Map.of("scope", "FULL")).when().post("/api/v1/regional/refreshes")
                .then().statusCode(403).contentType("application/problem+json");
        as(admin()).contentType("application/json").body("{\"scope\": ").when().post("/api/v1/regional/refreshes").then().statusCode(400);
        as(admin()).contentType("application/json").body(Map.of()).when().post("/api/v1/regional/refreshes").then().statusCode(422)
                .body("errors[0].field", equalTo("scope"));
        as(admin()).contentType("application/json").body(Map.of("scope", "EVERYTHING")).when().post("/api/v1/regional/refreshes")
                .then().statusCode(400);
        as(admin()).contentType("application/json").body(Map.of("scope", "YEARS")).when().post("/api/v1/regional/refreshes")
                .then().statusCode(422).body("errors[0].field", equalTo("years")).body("errors[0].code", equalTo("required"));
        as(admin()).contentType("application/json").body(Map.of("scope", "YEARS", "years", List.of(1990)))
                .when().post("/api/v1/regional/refreshes").then().statusCode(422).body("errors[0].field", equalTo("years[0]"));
        as(admin()).when().get("/api/v1/regional/refreshes/not-a-uuid").then().statusCode(400);
        as(admin()).when().get("/api/v1/regional/refreshes/" + java.util.UUID.randomUUID()).then().statusCode(404);
        // this year only: runs and succeeds
        JsonPath current = RegionalApi.refresh(Map.of("scope", "CURRENT_YEAR"));
        assertEquals("SUCCEEDED", current.getString("status"));
        assertEquals(List.of(TODAY.getYear()), current.getList("years", Integer.class));
        assertValue("60", values(admin(), "CIS_KIS_PLACES", "POWIAT", VOIVODESHIP, MONTH), POWIAT);
    }
}
