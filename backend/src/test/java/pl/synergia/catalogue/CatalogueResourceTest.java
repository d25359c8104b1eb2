package pl.synergia.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.Tokens;

/** The catalogue holds exactly the reference data of data/catalogue/ and answers searches on it. */
@QuarkusTest
class CatalogueResourceTest {

    private static final Path DATA = Path.of("..", "data", "catalogue");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String token() {
        return Tokens.user("ewa").roles("staff").sign();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> file(String name) throws IOException {
        return JSON.readValue(Files.readString(DATA.resolve(name)), List.class);
    }

    private static Set<String> codes(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> (String) e.get("code")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyInstitutionTypeOfTheEnumIsDescribed() {
        List<String> codes = given().auth().oauth2(token()).when().get("/api/v1/catalogue/institution-types")
                .then().statusCode(200).extract().jsonPath().getList("code", String.class);
        assertEquals(Arrays.stream(InstitutionType.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(codes));
    }

    @Test
    void theCatalogueHoldsExactlyTheReferenceData() throws IOException {
        List<Map<String, Object>> services = file("services.json");
        Set<String> historical = services.stream().filter(s -> Boolean.TRUE.equals(s.get("historical")))
                .map(s -> (String) s.get("code")).collect(Collectors.toSet());
        List<String> listed = given().auth().oauth2(token()).queryParam("size", 100).queryParam("includeHistorical", true)
                .when().get("/api/v1/catalogue/services")
                .then().statusCode(200).body("totalItems", equalTo(services.size()))
                .extract().jsonPath().getList("items.code", String.class);
        if (services.size() <= 100) {
            assertEquals(codes(services), new TreeSet<>(listed));
        }
        List<String> current = given().auth().oauth2(token()).queryParam("size", 100)
                .when().get("/api/v1/catalogue/services")
                .then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
        assertTrue(current.stream().noneMatch(historical::contains), "historical entries are hidden by default");
        given().auth().oauth2(token()).when().get("/api/v1/catalogue/target-groups")
                .then().statusCode(200).body("size()", equalTo(file("target-groups.json").size()));
        given().auth().oauth2(token()).when().get("/api/v1/catalogue/legal-regimes")
                .then().statusCode(200).body("size()", equalTo(file("legal-regimes.json").size()));
        given().auth().oauth2(token()).when().get("/api/v1/catalogue/eligibility-criteria")
                .then().statusCode(200).body("size()", equalTo(file("eligibility-criteria.json").size()));
        List<String> models = file("cooperative-models.json").stream().map(m -> (String) m.get("code")).toList();
        given().auth().oauth2(token()).when().get("/api/v1/catalogue/cooperative-models")
                .then().statusCode(200)
                .body("code", equalTo(models))
                .body("findAll { it.category == 'PROFILE' }.code",
                        equalTo(List.of("PROFILE_INTEGRATION", "PROFILE_SERVICE", "PROFILE_MIXED")))
                .body("find { it.code == 'PROFILE_MIXED' }.namePl", equalTo("Spółdzielnia socjalna o profilu mieszanym"));
        List<String> variants = file("organisational-variants.json").stream().map(v -> (String) v.get("code")).toList();
        given().auth().oauth2(token()).when().get("/api/v1/catalogue/organisational-variants")
                .then().statusCode(200)
                .body("code", equalTo(variants))
                .body("nameEn", everyItem(org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString())));
        given().when().get("/api/v1/catalogue/organisational-variants")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theTwoEmploymentActsAreKeptApart() {
        given().auth().oauth2(token()).queryParam("regime", "EMPLOYMENT_ACT_2004").queryParam("size", 100)
                .when().get("/api/v1/catalogue/services")
                .then().statusCode(200)
                .body("totalItems", greaterThan(0))
                .body("items.legalRegime.code", everyItem(equalTo("EMPLOYMENT_ACT_2004")));
        // on a day after 1 June 2025 no rule of the 2004 act applies
        given().auth().oauth2(token()).queryParam("regime", "EMPLOYMENT_ACT_2004").queryParam("validOn", "2025-06-02")
                .when().get("/api/v1/catalogue/services")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(token()).queryParam("validOn", "2025-06-02").queryParam("size", 100)
                .when().get("/api/v1/catalogue/services")
                .then().statusCode(200).body("items.legalRegime.code", not(hasItem("EMPLOYMENT_ACT_2004")));
    }

    @Test
    void aServiceShowsItsVersionsUnderOtherRegimes() throws IOException {
        Map<String, List<Map<String, Object>>> byKind = file("services.json").stream()
                .collect(Collectors.groupingBy(s -> (String) s.get("kind")));
        List<Map<String, Object>> versions = byKind.values().stream().filter(v -> v.size() > 1).findFirst().orElseThrow();
        String code = (String) versions.get(0).get("code");
        List<String> others = given().auth().oauth2(token()).when().get("/api/v1/catalogue/services/" + code)
                .then().statusCode(200)
                .body("code", equalTo(code))
                .extract().jsonPath().getList("otherVersions.code", String.class);
        assertEquals(versions.stream().skip(1).map(v -> (String) v.get("code")).collect(Collectors.toSet()), Set.copyOf(others));
    }

    @Test
    void searchFindsPolishWordsWrittenWithoutDiacritics() throws IOException {
        Map<String, Object> any = file("services.json").stream().filter(s -> !Boolean.TRUE.equals(s.get("historical")))
                .filter(s -> ((String) s.get("name_pl")).matches(".*[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ].*")).findFirst().orElseThrow();
        String name = (String) any.get("name_pl");
        String folded = java.text.Normalizer.normalize(name.replace('ł', 'l').replace('Ł', 'L'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase();
        given().auth().oauth2(token()).queryParam("q", folded).queryParam("size", 100)
                .when().get("/api/v1/catalogue/services")
                .then().statusCode(200).body("items.code", hasItem(any.get("code")));
    }

    @Test
    void filtersByProviderTypeAndTargetGroup() throws IOException {
        List<String> pup = given().auth().oauth2(token()).queryParam("providerType", "PUP").queryParam("size", 100)
                .queryParam("includeHistorical", true)
                .when().get("/api/v1/catalogue/services").then().statusCode(200)
                .body("items.providerTypes", everyItem(hasItem("PUP")))
                .extract().jsonPath().getList("items.code", String.class);
        assertFalse(pup.isEmpty());
        Map<String, Object> withGroup = file("services.json").stream()
                .filter(s -> !((List<?>) s.get("target_groups")).isEmpty() && !Boolean.TRUE.equals(s.get("historical")))
                .findFirst().orElseThrow();
        String group = (String) ((List<?>) withGroup.get("target_groups")).get(0);
        given().auth().oauth2(token()).queryParam("targetGroup", group).queryParam("size", 100)
                .when().get("/api/v1/catalogue/services").then().statusCode(200)
                .body("items.code", hasItem(withGroup.get("code")));
    }

    @Test
    void serviceDetailNamesTargetGroupsAndEligibility() throws IOException {
        Map<String, Object> withRules = file("services.json").stream()
                .filter(s -> !((List<?>) s.get("eligibility")).isEmpty()).findFirst().orElseThrow();
        given().auth().oauth2(token()).when().get("/api/v1/catalogue/services/" + withRules.get("code"))
                .then().statusCode(200)
                .body("eligibility.size()", equalTo(((List<?>) withRules.get("eligibility")).size()))
                .body("eligibility[0].namePl", not(equalTo(null)))
                .body("legalRegime.actPl", not(equalTo(null)));
    }

    @Test
    void institutionTypeDetailListsItsServices() {
        given().auth().oauth2(token()).when().get("/api/v1/catalogue/institution-types/PUP")
                .then().statusCode(200)
                .body("code", equalTo("PUP"))
                .body("stakeholderRole", equalTo("KEY"))
                .body("services.size()", greaterThan(0))
                .body("services.providerTypes", everyItem(hasItem("PUP")));
    }

    @Test
    void unknownCodesAre404AndBadFilters400() {
        given().auth().oauth2(token()).when().get("/api/v1/catalogue/services/NOPE").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token()).when().get("/api/v1/catalogue/institution-types/NOPE").then().statusCode(404);
        given().auth().oauth2(token()).queryParam("providerType", "X").queryParam("validOn", "tomorrow")
                .queryParam("targetGroup", "NOPE").queryParam("regime", "NOPE").queryParam("sort", "price")
                .when().get("/api/v1/catalogue/services")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("providerType", "validOn", "targetGroup",
                        "regime", "sort"));
    }

    @Test
    void catalogueNeedsASynergiaRole() {
        given().when().get("/api/v1/catalogue/services").then().statusCode(401);
        given().auth().oauth2(Tokens.user("x").roles("offline_access").sign())
                .when().get("/api/v1/catalogue/services").then().statusCode(403);
    }
}
