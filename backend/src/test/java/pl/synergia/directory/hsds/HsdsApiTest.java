package pl.synergia.directory.hsds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.Tokens;

/** The HSDS endpoints' behaviour: access, paging, parameters, errors, filters, search and the mapping itself. */
@QuarkusTest
class HsdsApiTest {

    private static RequestSpecification staff() {
        return given().auth().oauth2(HsdsFixture.staff());
    }

    // --- access ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "", "/organizations", "/organizations/a1000000-0000-4000-8000-000000000001", "/services",
            "/services/a1000000-0000-4000-8000-000000000001", "/taxonomies", "/taxonomy_terms" })
    void withoutATokenIs401Problem(String path) {
        given().when().get("/api/v1/hsds" + path)
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void aTokenWithoutSynergiaRolesIs403() {
        given().auth().oauth2(Tokens.user("nobody").roles("offline_access").sign())
                .when().get("/api/v1/hsds/organizations")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "staff", "coordinator", "regional-analyst", "admin", "integration" })
    void everySynergiaRoleReads(String role) {
        given().auth().oauth2(Tokens.user("u").roles(role).sign()).when().get("/api/v1/hsds/organizations")
                .then().statusCode(200);
    }

    // --- API root -------------------------------------------------------------------------------

    @Test
    void rootNamesTheHsdsVersionAndTheOpenApiDocument() {
        String openapi = staff().when().get("/api/v1/hsds")
                .then().statusCode(200)
                .body("version", equalTo("3.1"))
                .body("openapi_url", endsWith("/q/openapi?format=json"))
                .body("profile", nullValue())
                .extract().path("openapi_url");
        given().when().get(openapi).then().statusCode(200).body("paths", hasKey("/api/v1/hsds/organizations"));
    }

    // --- paging ---------------------------------------------------------------------------------

    @Test
    void organizationPagesCountFromOneAndDescribeThemselves() {
        HsdsFixture f = HsdsFixture.get();
        staff().queryParam("search", f.tag()).queryParam("per_page", 1).queryParam("page", 1)
                .when().get("/api/v1/hsds/organizations")
                .then().statusCode(200)
                .body("total_items", equalTo(2)).body("total_pages", equalTo(2)).body("page_number", equalTo(1))
                .body("size", equalTo(1)).body("first_page", equalTo(true)).body("last_page", equalTo(false))
                .body("empty", equalTo(false)).body("contents.id", contains(f.kisId()));
        staff().queryParam("search", f.tag()).queryParam("per_page", 1).queryParam("page", 2)
                .when().get("/api/v1/hsds/organizations")
                .then().body("page_number", equalTo(2)).body("size", equalTo(1)).body("first_page", equalTo(false))
                .body("last_page", equalTo(true)).body("contents.id", contains(f.ngoId()));
        staff().queryParam("search", f.tag()).queryParam("per_page", 1).queryParam("page", 3)
                .when().get("/api/v1/hsds/organizations")
                .then().statusCode(200).body("total_items", equalTo(2)).body("size", equalTo(0))
                .body("empty", equalTo(true)).body("last_page", equalTo(true)).body("contents", empty());
    }

    @Test
    void anEmptyResultIsOnePageThatIsFirstLastAndEmpty() {
        staff().queryParam("search", "nic-takiego-" + UUID.randomUUID())
                .when().get("/api/v1/hsds/services")
                .then().statusCode(200).body("total_items", equalTo(0)).body("total_pages", equalTo(1))
                .body("first_page", equalTo(true)).body("last_page", equalTo(true)).body("empty", equalTo(true));
    }

    @Test
    void defaultPageSizeIs50AndTheMaximum500IsAllowed() {
        int total = staff().when().get("/api/v1/hsds/taxonomy_terms").then().statusCode(200)
                .body("page_number", equalTo(1)).body("size", lessThanOrEqualTo(50))
                .extract().path("total_items");
        int size = staff().when().get("/api/v1/hsds/taxonomy_terms").then().extract().path("size");
        assertEquals(Math.min(50, total), size);
        int pages = staff().when().get("/api/v1/hsds/taxonomy_terms").then().extract().path("total_pages");
        assertEquals((total + 49) / 50, pages);
        staff().queryParam("per_page", 500).when().get("/api/v1/hsds/taxonomy_terms")
                .then().statusCode(200).body("size", equalTo(Math.min(500, total))).body("total_pages", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/organizations", "/services", "/taxonomies", "/taxonomy_terms" })
    void badPagingIs400NamingEachParameter(String path) {
        staff().queryParam("page", 0).queryParam("per_page", 501)
                .when().get("/api/v1/hsds" + path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("page", "per_page"))
                .body("errors.code", everyItem(equalTo("out-of-range")));
        staff().queryParam("page", "abc").queryParam("per_page", "0")
                .when().get("/api/v1/hsds" + path)
                .then().statusCode(400)
                .body("errors.find { it.field == 'page' }.code", equalTo("not-a-number"))
                .body("errors.find { it.field == 'per_page' }.code", equalTo("out-of-range"));
        staff().queryParam("page", Integer.MAX_VALUE).queryParam("per_page", 500)
                .when().get("/api/v1/hsds" + path)
                .then().statusCode(400).body("errors.field", contains("page"));
    }

    @Test
    void badFiltersAre400() {
        staff().queryParam("taxonomy_term_id", "KIS").queryParam("organization_id", "123")
                .when().get("/api/v1/hsds/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("taxonomy_term_id", "organization_id"));
        // words over the parameter limit are refused before the search runs (InputLimitsTest)
        staff().queryParam("search", "x".repeat(201)).when().get("/api/v1/hsds/services")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("search"));
        staff().queryParam("taxonomy_id", "x").queryParam("parent_id", "y").queryParam("top_only", "yes")
                .when().get("/api/v1/hsds/taxonomy_terms")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("taxonomy_id", "parent_id", "top_only"));
    }

    // --- single objects -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "organizations", "services", "taxonomies", "taxonomy_terms" })
    void unknownIdIs404AndMalformedIdIs400(String kind) {
        staff().when().get("/api/v1/hsds/" + kind + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        staff().when().get("/api/v1/hsds/" + kind + "/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("id"));
    }

    // --- inactive institutions ------------------------------------------------------------------

    @Test
    void deactivatedInstitutionsAndTheirOfferingsAreNotPublished() {
        HsdsFixture f = HsdsFixture.get();
        staff().when().get("/api/v1/hsds/organizations/" + f.inactiveId()).then().statusCode(404);
        staff().when().get("/api/v1/hsds/services/" + f.inactiveOfferingId()).then().statusCode(404);
        staff().queryParam("search", f.tag()).queryParam("per_page", 500).when().get("/api/v1/hsds/organizations")
                .then().body("contents.id", not(hasItem(f.inactiveId())));
        staff().queryParam("search", "Zamknięty " + f.tag()).when().get("/api/v1/hsds/organizations")
                .then().body("total_items", equalTo(0));
        staff().queryParam("search", f.tag()).queryParam("per_page", 500).when().get("/api/v1/hsds/services")
                .then().body("contents.id", containsInAnyOrder(f.counsellingId(), f.educationId()));
        staff().queryParam("organization_id", f.inactiveId()).when().get("/api/v1/hsds/services")
                .then().statusCode(200).body("total_items", equalTo(0));
    }

    // --- search and filters ---------------------------------------------------------------------

    @Test
    void searchIgnoresPolishDiacriticsAndCase() {
        HsdsFixture f = HsdsFixture.get();
        for (String q : new String[] { "zrodlo " + f.tag(), "ZRÓDŁO " + f.tag(), "klub integracji spolecznej " + f.tag() }) {
            staff().queryParam("search", q).when().get("/api/v1/hsds/organizations")
                    .then().statusCode(200).body("contents.id", contains(f.kisId()));
        }
        staff().queryParam("search", "lacznosc pokolen " + f.tag()).when().get("/api/v1/hsds/organizations")
                .then().body("contents.name", contains(f.ngoName()));
        staff().queryParam("search", "dzialania edukacyjno " + f.tag()).when().get("/api/v1/hsds/services")
                .then().body("contents.id", contains(f.educationId()));
        staff().queryParam("search", "osrodek pomocy spolecznej").queryParam("top_only", true)
                .when().get("/api/v1/hsds/taxonomy_terms")
                .then().body("contents.code", hasItem("OPS"));
    }

    @Test
    void taxonomyTermFiltersOrganizationsAndServices() {
        HsdsFixture f = HsdsFixture.get();
        UUID kisType = HsdsIds.named("taxonomy_term/institution-type/KIS");
        UUID ngoType = HsdsIds.named("taxonomy_term/institution-type/NGO");
        UUID kisRegister = HsdsIds.named("taxonomy_term/official-status/KIS_REGISTER");
        UUID counselling = HsdsIds.named("taxonomy_term/service/" + HsdsFixture.COUNSELLING);
        UUID counsellingKind = HsdsIds.named("taxonomy_term/service-kind/" + HsdsFixture.COUNSELLING);
        for (UUID term : new UUID[] { kisType, kisRegister, counselling, counsellingKind }) {
            staff().queryParam("search", f.tag()).queryParam("taxonomy_term_id", term.toString())
                    .when().get("/api/v1/hsds/organizations").then().statusCode(200).body("contents.id", contains(f.kisId()));
        }
        staff().queryParam("search", f.tag()).queryParam("taxonomy_term_id", ngoType.toString())
                .when().get("/api/v1/hsds/organizations").then().body("contents.id", contains(f.ngoId()));
        staff().queryParam("search", f.tag()).queryParam("taxonomy_term_id", counselling.toString())
                .when().get("/api/v1/hsds/services").then().body("contents.id", contains(f.counsellingId()));
        staff().queryParam("search", f.tag()).queryParam("taxonomy_term_id", kisType.toString())
                .when().get("/api/v1/hsds/services")
                .then().body("contents.id", containsInAnyOrder(f.counsellingId(), f.educationId()));
        staff().queryParam("taxonomy_term_id", UUID.randomUUID().toString()).when().get("/api/v1/hsds/organizations")
                .then().statusCode(200).body("total_items", equalTo(0)).body("empty", equalTo(true));
        staff().queryParam("organization_id", f.kisId()).when().get("/api/v1/hsds/services")
                .then().body("total_items", equalTo(2)).body("contents.organization.id", everyItem(equalTo(f.kisId())));
    }

    @Test
    void taxonomiesAreInstitutionTypesServiceKindsAndOfficialStatuses() {
        staff().when().get("/api/v1/hsds/taxonomies")
                .then().statusCode(200).body("total_items", equalTo(3))
                .body("contents.name", containsInAnyOrder("Synergia – typy instytucji",
                        "Synergia – rodzaje usług i instrumentów", "Synergia – statusy urzędowe"))
                .body("contents.description", everyItem(containsString("EN: ")));
        staff().queryParam("taxonomy_id", HsdsTaxonomies.INSTITUTION_TYPES.id().toString()).queryParam("per_page", 500)
                .when().get("/api/v1/hsds/taxonomy_terms")
                .then().body("total_items", equalTo(InstitutionType.values().length))
                .body("contents.language", everyItem(equalTo("pl")))
                .body("contents.find { it.code == 'PUP' }.name", equalTo("Powiatowy Urząd Pracy"))
                .body("contents.find { it.code == 'PUP' }.description", containsString("EN: "));
        String internship = HsdsIds.named("taxonomy_term/service-kind/INTERNSHIP").toString();
        staff().queryParam("parent_id", internship).when().get("/api/v1/hsds/taxonomy_terms")
                .then().body("contents.code", containsInAnyOrder("PUP_INTERNSHIP_2004", "PUP_INTERNSHIP_2025"))
                .body("contents.parent_id", everyItem(equalTo(internship)));
        staff().when().get("/api/v1/hsds/taxonomy_terms/" + internship)
                .then().statusCode(200).body("name", equalTo("Staż")).body("parent_id", nullValue());
        staff().queryParam("top_only", true).queryParam("per_page", 500).when().get("/api/v1/hsds/taxonomy_terms")
                .then().body("contents.parent_id", everyItem(nullValue()))
                .body("contents.code", not(hasItem("PUP_INTERNSHIP_2025")));
    }

    // --- the mapping ----------------------------------------------------------------------------

    @Test
    void anInstitutionBecomesAFullOrganization() {
        HsdsFixture f = HsdsFixture.get();
        UUID kis = UUID.fromString(f.kisId());
        String location = HsdsIds.derived(kis, "location").toString();
        staff().when().get("/api/v1/hsds/organizations/" + f.kisId())
                .then().statusCode(200)
                .body("id", equalTo(f.kisId()))
                .body("name", equalTo(f.kisName()))
                .body("description", equalTo("Reintegracja społeczna i zawodowa osób zagrożonych wykluczeniem społecznym."))
                .body("email", equalTo("kis@example.org"))
                .body("website", equalTo("https://kis.example.org"))
                .body("legal_status", equalTo("jednostka organizacyjna stowarzyszenia"))
                .body("parent_organization_id", equalTo(f.ngoId()))
                .body("phones.number", contains("+48 22 123 45 67"))
                .body("locations.id", contains(location))
                .body("locations[0].location_type", equalTo("physical"))
                .body("locations[0].external_identifier", equalTo("1408011"))
                .body("locations[0].addresses[0].id", equalTo(HsdsIds.derived(kis, "address").toString()))
                .body("locations[0].addresses[0].address_1", equalTo("ul. Próbna 2"))
                .body("locations[0].addresses[0].city", equalTo("Legionowo"))
                .body("locations[0].addresses[0].postal_code", equalTo("05-120"))
                .body("locations[0].addresses[0].region", equalTo("powiat legionowski"))
                .body("locations[0].addresses[0].state_province", equalTo("mazowieckie"))
                .body("locations[0].addresses[0].country", equalTo("PL"))
                .body("organization_identifiers.identifier_type", containsInAnyOrder("REGON", "NIP",
                        "Wpis do rejestru (innego niż KRS)"))
                .body("organization_identifiers.identifier", containsInAnyOrder("123456785", "5260250274", "KIS/14/2024"))
                .body("attributes.taxonomy_term.code", containsInAnyOrder("KIS", "KIS_REGISTER"))
                .body("attributes.find { it.link_type == 'official_status' }.value", equalTo("2024-01-01/2027-12-31"))
                .body("attributes.find { it.link_type == 'official_status' }.label", equalTo("Nadany przez: Wojewoda Mazowiecki"))
                .body("services.id", containsInAnyOrder(f.counsellingId(), f.educationId()))
                .body("services.organization", everyItem(nullValue()))
                .body("services.service_at_locations.location_id.flatten()", everyItem(equalTo(location)));
        staff().when().get("/api/v1/hsds/organizations/" + f.ngoId())
                .then().body("organization_identifiers.find { it.identifier_type.startsWith('KRS') }.identifier",
                        equalTo("0000123456"))
                .body("parent_organization_id", nullValue())
                .body("website", equalTo("https://laczy.example.org/o-nas"))
                .body("description", containsString("stowarzyszenia"));
    }

    @Test
    void anOfferingBecomesAFullService() {
        HsdsFixture f = HsdsFixture.get();
        UUID offering = UUID.fromString(f.counsellingId());
        staff().when().get("/api/v1/hsds/services/" + f.counsellingId())
                .then().statusCode(200)
                .body("organization_id", equalTo(f.kisId()))
                .body("organization.id", equalTo(f.kisId()))
                .body("organization.parent_organization_id", equalTo(f.ngoId()))
                .body("name", equalTo("Poradnictwo w KIS"))
                .body("alternate_name", not(nullValue()))
                .body("status", equalTo("active"))
                .body("last_modified", not(nullValue()))
                .body("capacities[0].id", equalTo(HsdsIds.derived(offering, "capacity").toString()))
                .body("capacities[0].available", equalTo(12))
                .body("capacities[0].maximum", equalTo(12))
                .body("capacities[0].unit.name", equalTo("miejsce"))
                .body("capacities[0].unit_id", equalTo(HsdsMapper.PLACE.id().toString()))
                .body("schedules[0].description", equalTo("pon.–pt. 8:00–16:00"))
                .body("contacts[0].name", equalTo("Anna Nowak, tel. 22 100 20 30"))
                .body("phones[0].service_id", equalTo(f.counsellingId()))
                .body("service_at_locations[0].location.addresses[0].postal_code", equalTo("05-120"))
                .body("attributes[0].link_entity", equalTo("service"))
                .body("attributes[0].taxonomy_term.code", equalTo(HsdsFixture.COUNSELLING))
                .body("attributes[0].taxonomy_term.parent_id",
                        equalTo(HsdsIds.named("taxonomy_term/service-kind/" + HsdsFixture.COUNSELLING).toString()));
        staff().when().get("/api/v1/hsds/services/" + f.educationId())
                .then().body("status", equalTo("temporarily closed"))
                .body("capacities", empty()).body("schedules", empty()).body("contacts", empty());
    }

    @Test
    void theSameEntryGivesTheSameDocument() {
        HsdsFixture f = HsdsFixture.get();
        String first = staff().when().get("/api/v1/hsds/organizations/" + f.kisId()).then().extract().asString();
        String second = staff().when().get("/api/v1/hsds/organizations/" + f.kisId()).then().extract().asString();
        assertEquals(first, second);
    }

    @Test
    void seedInstitutionsWithoutAnAddressStillHaveALocationInTheirGmina() {
        staff().when().get("/api/v1/hsds/organizations/ea79cbce-b5f2-5ab3-94ea-65741d58ce94")
                .then().statusCode(200)
                .body("name", equalTo("Mazowieckie Centrum Polityki Społecznej"))
                .body("description", not(equalTo("")))
                .body("locations[0].external_identifier", equalTo("1465011"))
                .body("locations[0].addresses", empty())
                .body("attributes.taxonomy_term.code", hasItems("ROPS"));
    }
}
