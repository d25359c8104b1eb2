package pl.synergia.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.testsupport.TestData;
import pl.synergia.testsupport.Tokens;

@QuarkusTest
class MeResourceTest {

    @Inject
    TestData data;

    @Test
    void caseworkerSeesOwnInstitutionAndReadPermission() {
        Institution ops = data.institution().type(InstitutionType.OPS).create();
        given().auth().oauth2(Tokens.user("ewa").roles("staff", "offline_access", "default-roles-synergia")
                        .institution(ops.id).sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("ewa"))
                .body("displayName", equalTo("Test ewa"))
                .body("roles", contains("staff"))
                .body("institution.id", equalTo(ops.id.toString()))
                .body("institution.name", equalTo(ops.name))
                .body("institution.type", equalTo("OPS"))
                .body("gmina.teryt", equalTo("1408011"))
                .body("gmina.name", equalTo("Legionowo"))
                .body("permissions", contains("DIRECTORY_READ", "PLAN_WORK"));
    }

    @Test
    void theGminaIsTheInstitutionsOwn() {
        Institution ops = data.institution().type(InstitutionType.OPS).gmina("1408052").create();
        given().auth().oauth2(Tokens.user("anna").roles("coordinator").institution(ops.id).sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("gmina.teryt", equalTo("1408052"))
                .body("gmina.name", equalTo("Wieliszew"))
                .body("gmina.powiatName", equalTo("legionowski"));
    }

    @Test
    void coordinatorMayManageOwnInstitution() {
        Institution ngo = data.institution().type(InstitutionType.NGO).create();
        given().auth().oauth2(Tokens.user("piotr").roles("staff", "coordinator").institution(ngo.id).sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("staff", "coordinator"))
                .body("permissions", containsInAnyOrder("DIRECTORY_READ", "DIRECTORY_MANAGE_OWN", "PLAN_WORK",
                        "CASE_REASSIGN", "PARTNERSHIP_CREATE"));
    }

    @Test
    void coordinatorWithoutInstitutionCannotManageAnything() {
        given().auth().oauth2(Tokens.user("lost").roles("coordinator").sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("institution", nullValue())
                .body("gmina", nullValue())
                .body("permissions", contains("DIRECTORY_READ"));
    }

    @Test
    void dataProtectionOfficerReviewsAccess() {
        Institution ops = data.institution().type(InstitutionType.OPS).create();
        given().auth().oauth2(Tokens.user("iod").roles("dpo").institution(ops.id).sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("dpo"))
                .body("permissions", containsInAnyOrder("AUDIT_REVIEW", "DATA_SUBJECT_EXPORT", "DATA_SUBJECT_REQUESTS"));
    }

    @Test
    void dataProtectionOfficerWithoutInstitutionExportsNothing() {
        given().auth().oauth2(Tokens.user("iod-lost").roles("dpo").sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("permissions", empty());
    }

    @Test
    void caseworkersAndCoordinatorsNeitherExportNorRunRetention() {
        Institution ops = data.institution().type(InstitutionType.OPS).create();
        given().auth().oauth2(Tokens.user("koord").roles("staff", "coordinator").institution(ops.id).sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("permissions", not(hasItem("DATA_SUBJECT_EXPORT")))
                .body("permissions", not(hasItem("RETENTION_RUN")));
    }

    @Test
    void adminWithoutInstitution() {
        given().auth().oauth2(Tokens.user("admin").roles("admin").sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("institution", nullValue())
                .body("permissions", containsInAnyOrder("DIRECTORY_READ", "DIRECTORY_MANAGE_ALL", "RETENTION_RUN", "PARTNERSHIP_CREATE",
                        "REGIONAL_READ", "REGIONAL_REFRESH"));
    }

    @Test
    void regionalAnalystReadsRegionalFiguresButDoesNotRefreshThem() {
        Institution rops = data.institution().type(InstitutionType.ROPS).create();
        given().auth().oauth2(Tokens.user("analityk").roles("regional-analyst").institution(rops.id).sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("permissions", containsInAnyOrder("DIRECTORY_READ", "REGIONAL_READ"));
    }

    @Test
    void regionalAnalystWithoutInstitutionHasNoRegionalFigures() {
        given().auth().oauth2(Tokens.user("analityk-lost").roles("regional-analyst").sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("permissions", contains("DIRECTORY_READ"));
    }

    @Test
    void caseworkersAndCoordinatorsHaveNoRegionalFigures() {
        Institution ops = data.institution().type(InstitutionType.OPS).create();
        given().auth().oauth2(Tokens.user("koord-r").roles("staff", "coordinator").institution(ops.id).sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("permissions", not(hasItem("REGIONAL_READ")))
                .body("permissions", not(hasItem("REGIONAL_REFRESH")));
    }

    @Test
    void institutionClaimNamingNoKnownInstitutionGivesNone() {
        given().auth().oauth2(Tokens.user("ghost").roles("staff").institution(UUID.randomUUID()).sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("institution", nullValue());
    }

    @Test
    void authenticatedWithoutSynergiaRoleHasNoPermissions() {
        given().auth().oauth2(Tokens.user("nobody").roles("offline_access").sign())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles.size()", equalTo(0))
                .body("permissions.size()", equalTo(0));
    }

    @Test
    void missingTokenIs401Problem() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("type", equalTo("about:blank"));
    }

    @Test
    void garbageTokenIs401Problem() {
        given().auth().oauth2("not-a-jwt")
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        given().auth().oauth2(Tokens.user("ewa").roles("staff").audience("account").sign())
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        given().auth().oauth2(Tokens.user("ewa").roles("staff").issuer("https://evil.example.com").sign())
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void expiredTokenIs401() {
        given().auth().oauth2(Tokens.user("ewa").roles("staff").expiredSecondsAgo(600).sign())
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
