package pl.synergia.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.catalogue.ServiceEntry;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.offering.OfferingLookup;
import pl.synergia.shared.offering.OfferingRef;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * The ports other contexts read the directory and the catalogue through (shared.institution,
 * shared.offering, shared.catalogue), and the directory's search that now reads the catalogue
 * only through its port.
 */
@QuarkusTest
class PublishedPortsTest {

    @Inject
    TestData data;

    @Inject
    InstitutionLookup institutions;

    @Inject
    OfferingLookup offerings;

    @Inject
    CatalogueLookup catalogue;

    private static String admin() {
        return Tokens.user("admin").roles("admin").sign();
    }

    private static String offer(Institution institution, long version, String serviceCode, String status) {
        return given().auth().oauth2(Tokens.user("coord").roles("staff", "coordinator").institution(institution.id).sign())
                .contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(Map.of("serviceCode", serviceCode, "places", 8, "status", status))
                .when().post("/api/v1/institutions/" + institution.id + "/offerings").then().statusCode(200)
                .extract().path("offerings.find { it.service.code == '" + serviceCode + "' }.id");
    }

    @Test
    void institutionsAreReadInOneBatchAndUnknownIdsAreLeftOut() {
        Institution a = data.institution().type(InstitutionType.OPS).create();
        Institution b = data.institution().type(InstitutionType.PUP).create();
        UUID unknown = UUID.randomUUID();
        var refs = institutions.findRefs(List.of(a.id, b.id, unknown));
        assertEquals(Set.of(a.id, b.id), refs.keySet());
        assertEquals(InstitutionType.PUP, refs.get(b.id).type());
        assertEquals(a.name, refs.get(a.id).name());
    }

    @Test
    void offeringsAreReadByIdAndByAreaWithTheirGminaAndStatus() {
        Institution cis = data.institution().type(InstitutionType.CIS).gmina("1408011").create();
        String active = offer(cis, 0, "CIS_IPZS_2022", "ACTIVE");
        String suspended = offer(cis, 1, "VOCATIONAL_REINTEGRATION", "SUSPENDED");
        Map<UUID, OfferingRef> byId = offerings.offerings(List.of(UUID.fromString(active), UUID.fromString(suspended), UUID.randomUUID()));
        assertEquals(2, byId.size());
        OfferingRef ref = byId.get(UUID.fromString(active));
        assertEquals(new OfferingRef(UUID.fromString(active), cis.id, "1408011", "CIS_IPZS_2022", 8, true), ref);
        assertFalse(byId.get(UUID.fromString(suspended)).active());
        List<OfferingRef> inPowiat = offerings.activeIn("1408");
        assertTrue(inPowiat.contains(ref), "an active offering in the powiat");
        assertTrue(inPowiat.stream().noneMatch(o -> o.id().toString().equals(suspended)), "a suspended one is not offered now");
        assertTrue(offerings.activeIn("02").stream().noneMatch(o -> o.institutionId().equals(cis.id)), "another voivodeship");
    }

    @Test
    void catalogueEntriesComeInPolishNameOrderAndAreFoundByWordsWithoutDiacritics() {
        Map<String, ServiceEntry> byName = catalogue.services(List.of("VOCATIONAL_REINTEGRATION", "PUP_INTERNSHIP_2025",
                "CIS_IPZS_2022", "NO_SUCH_SERVICE"));
        assertEquals(List.of("CIS_IPZS_2022", "VOCATIONAL_REINTEGRATION", "PUP_INTERNSHIP_2025"), List.copyOf(byName.keySet()),
                "Indywidualny…, Reintegracja…, Staż…");
        assertEquals("Staż (2025)", byName.get("PUP_INTERNSHIP_2025").namePl());
        assertTrue(catalogue.serviceCodesMatching("staz").contains("PUP_INTERNSHIP_2025"), "ż folds to z");
        assertTrue(catalogue.serviceCodesForTargetGroup("UNEMPLOYED").containsAll(Set.of("PUP_INTERNSHIP_2025", "CIS_IPZS_2022")));
        assertTrue(catalogue.serviceCodesForTargetGroup("NO_SUCH_GROUP").isEmpty());
        assertEquals("PUP", catalogue.institutionType("PUP").orElseThrow().code());
        assertTrue(catalogue.organisationalVariant("KIS_RECREATED_IN_OPS").isPresent());
        assertTrue(catalogue.organisationalVariant("NO_SUCH_VARIANT").isEmpty());
    }

    @Test
    void theDirectoryFindsInstitutionsByTheTargetGroupOfWhatTheyOfferNow() {
        Institution cis = data.institution().type(InstitutionType.CIS).create();
        Institution idle = data.institution().type(InstitutionType.CIS).name(cis.name + " bis").create();
        offer(cis, 0, "CIS_IPZS_2022", "ACTIVE");
        offer(idle, 0, "CIS_IPZS_2022", "SUSPENDED");
        given().auth().oauth2(admin()).queryParam("targetGroup", "PRISON_LEAVERS").queryParam("q", cis.name)
                .when().get("/api/v1/institutions").then().statusCode(200).body("items.id", contains(cis.id.toString()));
        given().auth().oauth2(admin()).queryParam("targetGroup", "NO_SUCH_GROUP").queryParam("q", cis.name)
                .when().get("/api/v1/institutions").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
