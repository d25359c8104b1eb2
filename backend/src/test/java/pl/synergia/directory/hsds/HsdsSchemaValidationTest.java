package pl.synergia.directory.hsds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Everything /api/v1/hsds returns validates against the vendored HSDS 3.1 schemas with zero
 * errors: every page of every list (envelope and items), every organization, service, taxonomy
 * and taxonomy term fetched by id, and the API root. The data are the seed institutions of the
 * migrations, whatever other tests stored, and {@link HsdsFixture} (identifiers, official status,
 * operator, address, offerings with places, schedule and contact, a suspended offering).
 */
@QuarkusTest
class HsdsSchemaValidationTest {

    private static final HsdsSchemas SCHEMAS = HsdsSchemas.INSTANCE;
    /** Seed institutions of V7 (no street, no postal code: published without an address). */
    private static final String SEED_MCPS = "ea79cbce-b5f2-5ab3-94ea-65741d58ce94";
    private static final String SEED_WCPR = "5ce8edbc-5161-506b-b375-cc0f819015ea";

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    @Test
    void apiRootValidates() {
        check("GET /api/v1/hsds", SCHEMAS.apiInfo, get("/api/v1/hsds"));
        assertNoErrors();
    }

    @Test
    void everyOrganizationValidatesInTheListAndInFull() {
        HsdsFixture f = HsdsFixture.get();
        List<String> ids = new ArrayList<>();
        eachPage("/api/v1/hsds/organizations", SCHEMAS.organizationListItem, item -> ids.add(item.get("id").asText()));
        assertThat(ids, hasItems(f.kisId(), f.ngoId(), SEED_MCPS, SEED_WCPR));
        int services = 0;
        for (String id : ids) {
            String path = "/api/v1/hsds/organizations/" + id;
            JsonNode organization = check("GET " + path, SCHEMAS.organization, get(path));
            for (JsonNode service : organization.get("services")) {
                check("GET " + path + " services[" + service.get("id").asText() + "]", SCHEMAS.service, service);
                services++;
            }
        }
        assertTrue(services >= 2, "the fixture's services were validated");
        assertNoErrors();
    }

    @Test
    void everyServiceValidatesInTheListAndInFull() {
        HsdsFixture f = HsdsFixture.get();
        List<String> ids = new ArrayList<>();
        eachPage("/api/v1/hsds/services", SCHEMAS.serviceListItem, item -> ids.add(item.get("id").asText()));
        assertThat(ids, hasItems(f.counsellingId(), f.educationId()));
        for (String id : ids) {
            String path = "/api/v1/hsds/services/" + id;
            check("GET " + path, SCHEMAS.service, get(path));
        }
        assertNoErrors();
    }

    @Test
    void everyTaxonomyAndTermValidates() {
        List<String> taxonomies = new ArrayList<>();
        eachPage("/api/v1/hsds/taxonomies", SCHEMAS.taxonomy, item -> taxonomies.add(item.get("id").asText()));
        assertEquals(3, taxonomies.size());
        for (String id : taxonomies) {
            check("GET /api/v1/hsds/taxonomies/" + id, SCHEMAS.taxonomy, get("/api/v1/hsds/taxonomies/" + id));
        }
        List<String> terms = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        eachPage("/api/v1/hsds/taxonomy_terms", SCHEMAS.taxonomyTerm, item -> {
            terms.add(item.get("id").asText());
            codes.add(item.get("code").asText());
        });
        assertThat(codes, hasItems("OPS", "PUP", "KIS", "INTERNSHIP", "PUP_INTERNSHIP_2025", "KIS_REGISTER"));
        for (String id : terms) {
            check("GET /api/v1/hsds/taxonomy_terms/" + id, SCHEMAS.taxonomyTerm, get("/api/v1/hsds/taxonomy_terms/" + id));
        }
        assertNoErrors();
    }

    @Test
    void theFixtureReallyCarriesWhatWasValidated() {
        HsdsFixture f = HsdsFixture.get();
        JsonNode kis = HsdsSchemas.parse(get("/api/v1/hsds/organizations/" + f.kisId()));
        assertEquals(3, kis.get("organization_identifiers").size(), "NIP, REGON and the register entry");
        assertEquals(2, kis.get("attributes").size(), "institution type and official status");
        assertEquals(1, kis.get("locations").get(0).get("addresses").size());
        assertEquals(2, kis.get("services").size());
        List<String> capacities = new ArrayList<>();
        kis.get("services").forEach(s -> s.get("capacities").forEach(c -> capacities.add(c.get("unit").get("name").asText())));
        assertThat(capacities, hasItem("miejsce"));
        JsonNode seed = HsdsSchemas.parse(get("/api/v1/hsds/organizations/" + SEED_WCPR));
        assertEquals(0, seed.get("locations").get(0).get("addresses").size(), "no street: no address, still valid");
    }

    /** Walks every page of a list at the largest page size, validating the envelope and each item. */
    private void eachPage(String path, JsonSchema itemSchema, Consumer<JsonNode> onItem) {
        int page = 1;
        while (true) {
            String where = "GET " + path + "?page=" + page;
            JsonNode body = check(where, SCHEMAS.page,
                    given().auth().oauth2(HsdsFixture.staff()).queryParam("page", page)
                            .queryParam("per_page", HsdsPaging.MAX_PER_PAGE)
                            .when().get(path).then().statusCode(200).extract().asString());
            int i = 0;
            for (JsonNode item : body.get("contents")) {
                check(where + " contents[" + i++ + "]", itemSchema, item);
                onItem.accept(item);
            }
            if (body.get("last_page").asBoolean()) {
                return;
            }
            page++;
            if (page > 1000) {
                fail("last_page never came: " + path);
            }
        }
    }

    private static String get(String path) {
        return given().auth().oauth2(HsdsFixture.staff()).when().get(path).then().statusCode(200)
                .contentType("application/json").extract().asString();
    }

    private JsonNode check(String where, JsonSchema schema, String json) {
        return check(where, schema, HsdsSchemas.parse(json));
    }

    private JsonNode check(String where, JsonSchema schema, JsonNode node) {
        List<String> found = HsdsSchemas.errors(schema, node);
        if (!found.isEmpty()) {
            errors.put(where, found);
        }
        return node;
    }

    private void assertNoErrors() {
        if (!errors.isEmpty()) {
            StringBuilder report = new StringBuilder(errors.size() + " objects do not validate against HSDS 3.1:");
            errors.forEach((where, list) -> report.append("\n").append(where).append("\n  ").append(String.join("\n  ", list)));
            fail(report.toString());
        }
    }
}
