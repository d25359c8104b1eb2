package pl.synergia.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * The search knows the sector's words (issues #14 and #16): words match at the start of a word
 * (not inside one), acronyms and kind names match the type, a place word matches the gmina or
 * powiat, a typo still finds similar words, text results come by relevance with the caller's
 * gmina and powiat first, and the total is exact up to 1,000, then capped with a flag.
 */
@QuarkusTest
class SearchWordsTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    private static String token() {
        return Tokens.user("ewa").roles("staff").sign();
    }

    private static String tag() {
        return TestData.unique("").strip();
    }

    @Test
    void aWordMatchesTheStartOfAWordBeforeItsMiddle() {
        String tag = tag();
        Institution warsaw = data.institution().name("Fundacja Warszawska " + tag).gmina("1408011").create();
        Institution szawska = data.institution().name("Fundacja Szawska " + tag).gmina("1408011").create();
        given().auth().oauth2(token()).queryParam("q", "warsz " + tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(warsaw.id.toString()));
        given().auth().oauth2(token()).queryParam("q", "szawska " + tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(szawska.id.toString())).body("similarWords", equalTo(false));
        // a part of a word is still found when no word starts with it (as the search always did)
        given().auth().oauth2(token()).queryParam("q", "arszaws " + tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(warsaw.id.toString())).body("similarWords", equalTo(false));
    }

    @Test
    void acronymsAndKindNamesMatchTheType() {
        String tag = tag();
        Institution ops = data.institution().type(InstitutionType.OPS).name("Ośrodek w Jabłonnie " + tag).gmina("1408022").create();
        Institution coop = data.institution().type(InstitutionType.SPOLDZIELNIA).name("Razem " + tag).gmina("1408022").create();
        Institution cis = data.institution().type(InstitutionType.CIS).name("Centrum Razem " + tag).gmina("1408022").create();
        given().auth().oauth2(token()).queryParam("q", "GOPS " + tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(ops.id.toString()));
        given().auth().oauth2(token()).queryParam("q", "spółdzielnia socjalna " + tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(coop.id.toString()));
        given().auth().oauth2(token()).queryParam("q", "cis " + tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(cis.id.toString()));
    }

    @Test
    void aPlaceWordMatchesTheGminaAndTheKindComesFirst() {
        String tag = tag();
        Institution pup = data.institution().type(InstitutionType.PUP).name("Powiatowy Urząd Pracy " + tag).gmina("1408011").create();
        data.institution().type(InstitutionType.OPS).name("Ośrodek " + tag).gmina("1408011").create();
        given().auth().oauth2(token()).queryParam("q", "PUP Legionowo " + tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(pup.id.toString()));

        Institution cis = data.institution().type(InstitutionType.CIS).name("Centrum Nadzieja " + tag).gmina("1408052").create();
        Institution named = data.institution().type(InstitutionType.NGO).name("Cisowa Dolina " + tag).gmina("1408052").create();
        data.institution().type(InstitutionType.CIS).name("Centrum Inne " + tag).gmina("1061011").create();
        given().auth().oauth2(token()).queryParam("q", "CIS Wieliszew " + tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(cis.id.toString(), named.id.toString()));
    }

    @Test
    void aTypoFindsSimilarWords() {
        String tag = tag();
        Institution association = data.institution().type(InstitutionType.NGO).name("Stowarzyszenie Pomocy " + tag).create();
        given().auth().oauth2(token()).queryParam("q", "stowarzyszeine " + tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(association.id.toString())).body("similarWords", equalTo(true));
        given().auth().oauth2(token()).queryParam("q", "stowarzyszenie " + tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(association.id.toString())).body("similarWords", equalTo(false));
    }

    @Test
    void theCallersGminaThenPowiatComeFirstUnlessASortIsAsked() {
        String tag = tag();
        Institution caller = data.institution().gmina("1408052").create();
        Institution far = data.institution().name("Alfa " + tag).gmina("1061011").create();
        Institution powiat = data.institution().name("Beta " + tag).gmina("1408011").create();
        Institution gmina = data.institution().name("Gamma " + tag).gmina("1408052").create();
        String staff = Tokens.user("near-" + caller.id).roles("staff").institution(caller.id).sign();
        given().auth().oauth2(staff).queryParam("q", tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(gmina.id.toString(), powiat.id.toString(), far.id.toString()));
        given().auth().oauth2(staff).queryParam("q", tag).queryParam("sort", "name").when().get("/api/v1/institutions")
                .then().statusCode(200).body("items.id", contains(far.id.toString(), powiat.id.toString(), gmina.id.toString()));
    }

    @Test
    void theTotalIsExactUpToAThousandThenCappedWithAFlag() {
        String tag = tag();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into institution (id, type, name, gmina_teryt, "
                + "active) select gen_random_uuid(), 'NGO', 'Liczne ' || ?1 || ' ' || n, '1408043', false "
                + "from generate_series(1, 1001) n").setParameter(1, tag).executeUpdate());
        given().auth().oauth2(token()).queryParam("q", "liczne " + tag).queryParam("includeInactive", "true")
                .when().get("/api/v1/institutions").then().statusCode(200)
                .body("totalItems", equalTo(1000)).body("totalCapped", equalTo(true)).body("totalPages", equalTo(50))
                .body("items.size()", equalTo(20));
        given().auth().oauth2(token()).queryParam("q", "liczne " + tag + " 999").queryParam("includeInactive", "true")
                .when().get("/api/v1/institutions").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("totalCapped", equalTo(false));
        given().auth().oauth2(token()).queryParam("q", "liczne " + tag).when().get("/api/v1/institutions")
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items.id", not(hasItem(tag)));
    }
}
