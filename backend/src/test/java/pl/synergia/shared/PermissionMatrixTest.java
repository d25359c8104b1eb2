package pl.synergia.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.security.Permission;
import pl.synergia.shared.security.Roles;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

/**
 * Every role, with and without an institution, against every permission: /api/v1/me grants a
 * permission exactly when the real endpoints behind it let the caller in (the SPA shows what /me
 * grants, so a link that answers 403 is a defect). An endpoint "lets in" when it answers anything but
 * 401 or 403 (a 404 for an unknown id, 412 for a stale version, 422 for a bad body are past the door).
 */
@QuarkusTest
class PermissionMatrixTest {

    @Inject
    TestData data;

    /** Whether the caller gets past the door of an endpoint. */
    private static boolean admitted(Response response) {
        int status = response.statusCode();
        assertTrue(status != 500, response.asString());
        return status != 401 && status != 403;
    }

    private record Caller(String role, UUID institution, String token) {
        @Override
        public String toString() {
            return role + (institution == null ? " without institution" : " with institution");
        }
    }

    @Test
    void meGrantsAPermissionExactlyWhenItsEndpointsAdmitTheCaller() {
        Institution own = data.institution().type(InstitutionType.OPS).name(TestData.unique("MOPS")).create();
        Map<String, Object> entry = new HashMap<>();
        entry.put("type", "OPS");
        entry.put("name", own.name);
        entry.put("gminaTeryt", "1408011");
        String unknown = UUID.randomUUID().toString();

        Map<Permission, Function<Caller, Boolean>> probes = new HashMap<>();
        probes.put(Permission.DIRECTORY_READ, c -> admitted(given().auth().oauth2(c.token()).get("/api/v1/institutions"))
                & admitted(given().auth().oauth2(c.token()).get("/api/v1/catalogue/services"))
                & admitted(given().auth().oauth2(c.token()).get("/api/v1/catalogue/institution-types")));
        // the caller's own entry: one without an institution has none (an administrator edits others' under DIRECTORY_MANAGE_ALL)
        probes.put(Permission.DIRECTORY_MANAGE_OWN, c -> c.institution() != null && admitted(given().auth().oauth2(c.token())
                .contentType("application/json").header("If-Match", "\"999\"").body(entry).put("/api/v1/institutions/" + c.institution())));
        probes.put(Permission.DIRECTORY_MANAGE_ALL, c -> admitted(given().auth().oauth2(c.token()).contentType("application/json")
                .body(Map.of()).post("/api/v1/institutions")));
        probes.put(Permission.PLAN_WORK, c -> admitted(given().auth().oauth2(c.token()).get("/api/v1/clients"))
                & admitted(given().auth().oauth2(c.token()).get("/api/v1/plans/due"))
                & admitted(given().auth().oauth2(c.token()).get("/api/v1/cases/mine")));
        probes.put(Permission.AUDIT_REVIEW, c -> admitted(given().auth().oauth2(c.token()).get("/api/v1/clients/" + unknown + "/access-log")));
        probes.put(Permission.DATA_SUBJECT_EXPORT, c -> admitted(given().auth().oauth2(c.token()).get("/api/v1/clients/" + unknown + "/export")));
        probes.put(Permission.DATA_SUBJECT_REQUESTS, c -> admitted(given().auth().oauth2(c.token()).get("/api/v1/dpo/requests"))
                & admitted(given().auth().oauth2(c.token()).contentType("application/json").body(Map.of("lastName", "Nikt"))
                        .post("/api/v1/dpo/searches")));
        probes.put(Permission.CASE_REASSIGN, c -> admitted(given().auth().oauth2(c.token()).contentType("application/json")
                .body(Map.of("fromSubject", "ktos", "toSubject", "ktos-inny")).post("/api/v1/cases/reassignments")));
        probes.put(Permission.RETENTION_RUN, c -> admitted(given().auth().oauth2(c.token()).get("/api/v1/anonymisations")));
        probes.put(Permission.PARTNERSHIP_CREATE, c -> admitted(given().auth().oauth2(c.token()).contentType("application/json")
                .body(Map.of("kind", "PACT", "gminaTeryt", "0000000")).post("/api/v1/partnerships")));
        probes.put(Permission.REGIONAL_READ, c -> admitted(given().auth().oauth2(c.token()).get("/api/v1/regional/indicators"))
                & admitted(given().auth().oauth2(c.token()).get("/api/v1/regional/mlw-gminas")));
        probes.put(Permission.REGIONAL_REFRESH, c -> admitted(given().auth().oauth2(c.token()).get("/api/v1/regional/refreshes")));
        assertEquals(EnumSet.allOf(Permission.class), probes.keySet(), "every permission has a probe");

        List<Caller> callers = new ArrayList<>();
        for (String role : Roles.ALL) {
            callers.add(new Caller(role, own.id, Tokens.user("matrix-" + role).roles(role).institution(own.id).sign()));
            callers.add(new Caller(role, null, Tokens.user("matrix-lost-" + role).roles(role).sign()));
        }
        List<String> mismatches = new ArrayList<>();
        for (Caller caller : callers) {
            Set<Permission> granted = given().auth().oauth2(caller.token()).get("/api/v1/me").then().statusCode(200).extract()
                    .jsonPath().getList("permissions", String.class).stream().map(Permission::valueOf).collect(Collectors.toSet());
            for (Permission permission : Permission.values()) {
                boolean admitted = probes.get(permission).apply(caller);
                if (admitted != granted.contains(permission)) {
                    mismatches.add(caller + " / " + permission + ": /me " + (granted.contains(permission) ? "grants" : "does not grant")
                            + " it, the API " + (admitted ? "admits" : "refuses"));
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
