package pl.synergia.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/** Directory search: Polish text without diacritics or case, filters, and hostile input. */
@QuarkusTest
class SearchTest {

    @Inject
    TestData data;

    private static String token() {
        return Tokens.user("ewa").roles("staff").sign();
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        String tag = TestData.unique("").strip();
        Institution lodz = data.institution().name("Środowiskowy Dom Samopomocy w Łodzi " + tag).city("Łódź")
                .gmina("1061011").create();
        for (String q : new String[] { "lodz " + tag, "ŁÓDŹ " + tag, "srodowiskowy " + tag, "Środowiskowy dom " + tag }) {
            given().auth().oauth2(token()).queryParam("q", q)
                    .when().get("/api/v1/institutions")
                    .then().statusCode(200)
                    .body("items.id", contains(lodz.id.toString()));
        }
    }

    @Test
    void everyWordMustMatch() {
        String tag = TestData.unique("").strip();
        Institution a = data.institution().name("Klub Integracji " + tag).create();
        data.institution().name("Klub Sportowy " + tag).create();
        given().auth().oauth2(token()).queryParam("q", "klub integracji " + tag)
                .when().get("/api/v1/institutions").then().body("items.id", contains(a.id.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "%", "_", "\\", "'", "%' OR 1=1 --", "a%b_c", "(", "[", "*", "ł%" })
    void likeMetacharactersAreLiteralAndNeverA5xx(String q) {
        given().auth().oauth2(token()).queryParam("q", q)
                .when().get("/api/v1/institutions")
                .then().statusCode(200);
    }

    @Test
    void percentSignMatchesOnlyItself() {
        String tag = TestData.unique("").strip();
        Institution percent = data.institution().name("Fundacja 100% " + tag).create();
        data.institution().name("Fundacja 1000 " + tag).create();
        given().auth().oauth2(token()).queryParam("q", "100% " + tag)
                .when().get("/api/v1/institutions").then().body("items.id", contains(percent.id.toString()));
    }

    @Test
    void filtersByTerytPrefixAtEachLevel() {
        String tag = TestData.unique("").strip();
        Institution legionowo = data.institution().name("Ośrodek A " + tag).gmina("1408011").create();
        Institution wieliszew = data.institution().name("Ośrodek B " + tag).gmina("1408052").create();
        Institution krakow = data.institution().name("Ośrodek C " + tag).gmina("1261011").create();
        given().auth().oauth2(token()).queryParam("q", tag).queryParam("teryt", "1408011")
                .when().get("/api/v1/institutions").then().body("items.id", contains(legionowo.id.toString()));
        given().auth().oauth2(token()).queryParam("q", tag).queryParam("teryt", "1408")
                .when().get("/api/v1/institutions")
                .then().body("items.id", containsInAnyOrder(legionowo.id.toString(), wieliszew.id.toString()));
        given().auth().oauth2(token()).queryParam("q", tag).queryParam("teryt", "12")
                .when().get("/api/v1/institutions").then().body("items.id", contains(krakow.id.toString()));
    }

    @Test
    void filtersBySeveralTypes() {
        String tag = TestData.unique("").strip();
        Institution cis = data.institution().type(InstitutionType.CIS).name("Centrum " + tag).create();
        Institution kis = data.institution().type(InstitutionType.KIS).name("Klub " + tag).create();
        data.institution().type(InstitutionType.OPS).name("Ośrodek " + tag).create();
        given().auth().oauth2(token()).queryParam("q", tag).queryParam("type", "CIS").queryParam("type", "KIS")
                .when().get("/api/v1/institutions")
                .then().body("items.id", containsInAnyOrder(cis.id.toString(), kis.id.toString()));
    }

    @Test
    void badFiltersAre400NamingEach() {
        given().auth().oauth2(token())
                .queryParam("type", "CASTLE").queryParam("teryt", "14080").queryParam("statusValidOn", "31.12.2025")
                .queryParam("includeInactive", "yes").queryParam("stakeholderRole", "BOSS")
                .when().get("/api/v1/institutions")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("type", "teryt", "statusValidOn", "includeInactive",
                        "stakeholderRole"));
        // words over the parameter limit are refused before the search runs (InputLimitsTest)
        given().auth().oauth2(token()).queryParam("q", "x".repeat(201)).when().get("/api/v1/institutions")
                .then().statusCode(400).body("errors.field", contains("q"));
    }

    @Test
    void whoOffersAServiceNeedsAKnownService() {
        given().auth().oauth2(token()).when().get("/api/v1/offerings")
                .then().statusCode(400).body("errors.field", hasItem("service"));
        given().auth().oauth2(token()).queryParam("service", "NO_SUCH").when().get("/api/v1/offerings")
                .then().statusCode(404);
        given().auth().oauth2(token()).queryParam("service", DirectoryChangesTest.anyServiceCode())
                .queryParam("teryt", "abc").when().get("/api/v1/offerings")
                .then().statusCode(400).body("errors.field", contains("teryt"));
    }

    @Test
    void summariesCarryRoleCityAndStatusState() {
        Institution kis = data.institution().type(InstitutionType.KIS).create();
        given().auth().oauth2(token()).queryParam("q", kis.name)
                .when().get("/api/v1/institutions")
                .then().body("items[0].stakeholderRole", equalTo("KEY"))
                .body("items[0].city", equalTo("Legionowo"))
                .body("items[0].active", equalTo(true));
    }
}
