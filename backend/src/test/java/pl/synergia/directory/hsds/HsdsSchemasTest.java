package pl.synergia.directory.hsds;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/**
 * The vendored HSDS schemas load and really validate: a minimal valid object passes, and each
 * kind of mistake the export could make (missing required field, wrong enum, malformed uuid,
 * uri, date-time, null where a string is expected) is caught. Without this, a validator that
 * accepted everything would let the export tests pass vacuously.
 */
class HsdsSchemasTest {

    private static final HsdsSchemas S = HsdsSchemas.INSTANCE;
    private static final String ID = "\"id\": \"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610\"";

    @Test
    void minimalObjectsAreValid() {
        assertThat(HsdsSchemas.errors(S.organization, "{" + ID + ", \"name\": \"A\", \"description\": \"B\"}"), empty());
        assertThat(HsdsSchemas.errors(S.service, "{" + ID + ", \"name\": \"A\", \"status\": \"active\"}"), empty());
        assertThat(HsdsSchemas.errors(S.taxonomyTerm, "{" + ID + ", \"name\": \"A\", \"description\": \"B\"}"), empty());
        assertThat(HsdsSchemas.errors(S.page, "{\"total_items\": 0, \"empty\": true}"), empty());
    }

    @Test
    void missingRequiredFieldsAreErrors() {
        assertThat(HsdsSchemas.errors(S.organization, "{" + ID + ", \"name\": \"A\"}"), contains(containsString("description")));
        assertThat(HsdsSchemas.errors(S.organizationListItem, "{" + ID + ", \"description\": \"B\"}"), not(empty()));
        assertThat(HsdsSchemas.errors(S.page, "{\"total_items\": 0}"), not(empty()));
    }

    @Test
    void wrongValuesAreErrors() {
        assertThat(HsdsSchemas.errors(S.service, "{" + ID + ", \"name\": \"A\", \"status\": \"open\"}"), not(empty()));
        assertThat(HsdsSchemas.errors(S.service, "{\"id\": \"x-1\", \"name\": \"A\", \"status\": \"active\"}"), not(empty()));
        assertThat(HsdsSchemas.errors(S.service, "{" + ID + ", \"name\": \"A\", \"status\": \"active\", "
                + "\"last_modified\": \"yesterday\"}"), not(empty()));
        assertThat(HsdsSchemas.errors(S.organization, "{" + ID + ", \"name\": \"A\", \"description\": \"B\", "
                + "\"website\": \"not a uri\"}"), not(empty()));
        assertThat(HsdsSchemas.errors(S.organization, "{" + ID + ", \"name\": \"A\", \"description\": null}"), not(empty()));
        assertThat(HsdsSchemas.errors(S.page, "{\"total_items\": \"7\", \"empty\": false}"), not(empty()));
    }

    @Test
    void nestedObjectsAreValidatedThroughTheDefinitions() {
        String address = "{\"id\": \"74706e55-df26-4b84-80fe-ecc30b5befb4\", \"address_1\": \"ul. A 1\", \"city\": \"X\", "
                + "\"state_province\": \"mazowieckie\", \"postal_code\": \"05-120\", \"country\": \"PL\", \"address_type\": \"physical\"}";
        String org = "{" + ID + ", \"name\": \"A\", \"description\": \"B\", \"locations\": [{\"id\": "
                + "\"3a19ff88-4620-4d17-9830-ac1d859eb5d5\", \"location_type\": \"physical\", \"addresses\": [%s]}]}";
        assertThat(HsdsSchemas.errors(S.organization, org.formatted(address)), empty());
        assertThat(HsdsSchemas.errors(S.organization, org.formatted(address.replace("\"country\": \"PL\", ", ""))), contains(containsString("country")));
        String capacity = "{" + ID + ", \"name\": \"A\", \"status\": \"active\", \"capacities\": [{\"id\": "
                + "\"8896b788-7b3e-11ef-8db9-7f3d040352b3\", \"available\": 3, \"updated\": \"2025-01-01T10:00:00Z\"%s}]}";
        assertThat(HsdsSchemas.errors(S.service, capacity.formatted(", \"unit\": {\"id\": "
                + "\"187a37a2-7b40-11ef-9790-dbf7623d4407\", \"name\": \"miejsce\"}")), empty());
        assertThat(HsdsSchemas.errors(S.service, capacity.formatted("")), contains(containsString("unit")));
    }

    @Test
    void apiRootSchemaChecksUris() {
        assertThat(HsdsSchemas.errors(S.apiInfo, "{\"version\": \"3.1\", \"openapi_url\": \"http://localhost/q/openapi\"}"), empty());
        assertThat(HsdsSchemas.errors(S.apiInfo, "{\"version\": \"3.1\", \"openapi_url\": \"q/openapi\"}"), not(empty()));
    }
}
