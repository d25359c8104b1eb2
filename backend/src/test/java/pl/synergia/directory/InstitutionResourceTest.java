package pl.synergia.directory;

import pl.synergia.shared.institution.InstitutionType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

@QuarkusTest
class InstitutionResourceTest {

    @Inject
    TestData data;

    private static String staffToken() {
        return Tokens.user("ewa").roles("staff").sign();
    }

    @ParameterizedTest
    @ValueSource(strings = { "staff", "coordinator", "regional-analyst", "admin", "integration" })
    void everySynergiaRoleReadsTheDirectory(String role) {
        Institution pup = data.institution().type(InstitutionType.PUP).create();
        given().auth().oauth2(Tokens.user("u").roles(role).sign())
                .when().get("/api/v1/institutions/" + pup.id)
                .then().statusCode(200)
                .body("id", equalTo(pup.id.toString()));
        given().auth().oauth2(Tokens.user("u").roles(role).sign())
                .when().get("/api/v1/institutions")
                .then().statusCode(200);
    }

    @Test
    void listWithoutTokenIs401Problem() {
        given().when().get("/api/v1/institutions")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void detailWithoutTokenIs401Problem() {
        given().when().get("/api/v1/institutions/" + UUID.randomUUID())
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void listWithoutSynergiaRoleIs403Problem() {
        given().auth().oauth2(Tokens.user("outsider").roles("offline_access").sign())
                .when().get("/api/v1/institutions")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void detailWithoutSynergiaRoleIs403Problem() {
        Institution any = data.institution().create();
        given().auth().oauth2(Tokens.user("outsider").sign())
                .when().get("/api/v1/institutions/" + any.id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void detailShowsGminaPowiatAndVoivodeshipAndAddress() {
        Institution cis = data.institution().type(InstitutionType.CIS).name(TestData.unique("Centrum Integracji Społecznej"))
                .gmina("1408052").create();
        given().auth().oauth2(staffToken())
                .when().get("/api/v1/institutions/" + cis.id)
                .then().statusCode(200)
                .contentType("application/json")
                .body("type", equalTo("CIS"))
                .body("name", equalTo(cis.name))
                .body("gmina.teryt", equalTo("1408052"))
                .body("gmina.name", equalTo("Wieliszew"))
                .body("gmina.type", equalTo("gmina wiejska"))
                .body("gmina.powiatName", equalTo("legionowski"))
                .body("gmina.voivodeshipName", equalTo("mazowieckie"))
                .body("address.street", equalTo("ul. Testowa 1"))
                .body("address.postalCode", equalTo("05-120"))
                .body("version", equalTo(0));
    }

    @Test
    void unknownIdIs404Problem() {
        given().auth().oauth2(staffToken())
                .when().get("/api/v1/institutions/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No institution has this id."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-uuid", "123", "a1000000-0000-4000-8000-00000000000Z", "%27%20OR%201=1" })
    void malformedIdIs400ProblemNamingTheParameter(String id) {
        given().auth().oauth2(staffToken())
                .urlEncodingEnabled(false)
                .when().get("/api/v1/institutions/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("id"));
    }

    @Test
    void listPagesWithTotalsAndCapsThePageSize() {
        for (int i = 0; i < 3; i++) {
            data.institution().create();
        }
        JsonPath page = given().auth().oauth2(staffToken()).queryParam("size", 2)
                .when().get("/api/v1/institutions")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.size()", equalTo(2))
                .body("totalItems", greaterThanOrEqualTo(3))
                .extract().jsonPath();
        long total = page.getLong("totalItems");
        assertEquals((total + 1) / 2, page.getLong("totalPages"));

        int lastPage = page.getInt("totalPages") - 1;
        given().auth().oauth2(staffToken()).queryParam("size", 2).queryParam("page", lastPage)
                .when().get("/api/v1/institutions")
                .then().statusCode(200)
                .body("items.size()", lessThanOrEqualTo(2))
                .body("items.size()", greaterThanOrEqualTo(1));
        given().auth().oauth2(staffToken()).queryParam("size", 2).queryParam("page", lastPage + 1)
                .when().get("/api/v1/institutions")
                .then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void sortingByNameDescendingIsTheReverseOfAscendingAndPagesDoNotOverlap() {
        for (int i = 0; i < 3; i++) {
            data.institution().create();
        }
        List<String> ascending = allIds("name");
        List<String> descending = allIds("-name");
        List<String> reversed = new ArrayList<>(descending);
        Collections.reverse(reversed);
        assertEquals(ascending, reversed);
        assertEquals(ascending.size(), ascending.stream().distinct().count(), "a row appeared on two pages");
    }

    @Test
    void namesSortInPolishAlphabeticalOrder() {
        String suffix = TestData.unique("");
        Institution zorza = data.institution().name("Zorza" + suffix).create();
        Institution labedz = data.institution().name("Łabędź" + suffix).create();
        Institution lipa = data.institution().name("lipa" + suffix).create();
        Institution slad = data.institution().name("Ślad" + suffix).create();
        Institution sad = data.institution().name("Sad" + suffix).create();
        List<String> ids = allIds("name");
        List<String> ours = ids.stream()
                .filter(id -> List.of(zorza, labedz, lipa, slad, sad).stream().anyMatch(i -> i.id.toString().equals(id)))
                .toList();
        assertEquals(List.of(lipa.id.toString(), labedz.id.toString(), sad.id.toString(), slad.id.toString(),
                zorza.id.toString()), ours);
    }

    @Test
    void sortingByTypeGroupsTypes() {
        data.institution().type(InstitutionType.ZAZ).create();
        data.institution().type(InstitutionType.CIS).create();
        List<String> types = given().auth().oauth2(staffToken()).queryParam("sort", "type").queryParam("size", 100)
                .when().get("/api/v1/institutions")
                .then().statusCode(200).extract().jsonPath().getList("items.type", String.class);
        List<String> sorted = new ArrayList<>(types);
        Collections.sort(sorted);
        assertEquals(sorted, types);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page=-1|page",
            "page=abc|page",
            "size=0|size",
            "size=101|size",
            "size=1.5|size",
            "sort=salary|sort",
            "sort=-|sort",
            "page=99999999&size=100|page" })
    void badListParametersAre400ProblemListingEachField(String query, String field) {
        given().auth().oauth2(staffToken())
                .when().get("/api/v1/institutions?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:synergia:problem:validation"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void severalBadParametersAreReportedTogether() {
        given().auth().oauth2(staffToken())
                .when().get("/api/v1/institutions?page=x&size=0&sort=nope")
                .then().statusCode(400)
                .body("errors.field", hasItems("page", "size", "sort"));
    }

    @Test
    void metacharactersInParametersNeverCauseA5xx() {
        for (String sort : List.of("name;drop table institution", "'", "name)", "%00")) {
            int status = given().auth().oauth2(staffToken()).queryParam("sort", sort)
                    .when().get("/api/v1/institutions").then().extract().statusCode();
            assertTrue(status == 400, "sort=" + sort + " answered " + status);
        }
    }

    private List<String> allIds(String sort) {
        List<String> ids = new ArrayList<>();
        int page = 0;
        int totalPages;
        do {
            JsonPath body = given().auth().oauth2(staffToken())
                    .queryParam("sort", sort).queryParam("size", 2).queryParam("page", page)
                    .when().get("/api/v1/institutions")
                    .then().statusCode(200).extract().jsonPath();
            ids.addAll(body.getList("items.id", String.class));
            totalPages = body.getInt("totalPages");
            page++;
        } while (page < totalPages);
        return ids;
    }
}
