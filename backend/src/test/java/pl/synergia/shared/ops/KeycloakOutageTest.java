package pl.synergia.shared.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.response.Response;
import pl.synergia.testsupport.Tokens;

/**
 * Issue #13: with Keycloak stopped, a token with an unknown key id held its connection until Keycloak
 * answered, so an unauthenticated caller could pin connections. Now the keys are fetched with a
 * response timeout and the caller gets 401 within seconds.
 */
@QuarkusTest
class KeycloakOutageTest {

    private static final String CERTS = "/auth/realms/quarkus/protocol/openid-connect/certs";

    @OidcWireMock
    WireMockServer keycloak;

    @Test
    void aTokenWithAnUnknownKeyIdIs401QuicklyWhenKeycloakDoesNotAnswer() {
        // the backend knows Keycloak and its current keys (on a loaded machine it may have met it only now)
        given().auth().oauth2(Tokens.user("ewa").roles("staff").sign()).when().get("/api/v1/me").then().statusCode(200);
        StubMapping frozen = keycloak.stubFor(get(urlEqualTo(CERTS)).atPriority(1)
                .willReturn(aResponse().withFixedDelay(60_000).withStatus(200).withBody("{\"keys\":[]}")));
        int fetchesBefore = keycloak.findAll(getRequestedFor(urlEqualTo(CERTS))).size();
        try {
            String token = Tokens.user("mallory").roles("admin").keyId("unknown-" + UUID.randomUUID()).sign();
            long start = System.nanoTime();
            Response response = given().auth().oauth2(token).when().get("/api/v1/me");
            long took = (System.nanoTime() - start) / 1_000_000;
            assertEquals(401, response.statusCode(), response.asString());
            assertEquals("application/problem+json", response.contentType());
            assertTrue(took < 5_000, "401 after " + took + " ms (the test profile waits 3 s for Keycloak)");
            assertTrue(keycloak.findAll(getRequestedFor(urlEqualTo(CERTS))).size() > fetchesBefore,
                    "the backend asked Keycloak for its keys (otherwise this test proves nothing)");
        } finally {
            keycloak.removeStub(frozen);
        }
        // the keys it knows still work
        given().auth().oauth2(Tokens.user("ewa").roles("staff").sign()).when().get("/api/v1/me").then().statusCode(200);
    }
}
