package pl.synergia.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import pl.synergia.testsupport.RawHttp;
import pl.synergia.testsupport.Tokens;

/**
 * Every refusal by the HTTP layer itself is problem+json with the request id (issue #13: 413, 414 and
 * 431 were empty plain answers). Sizes beyond the HTTP codec's own limits (64 KiB) still get its empty
 * answer; these tests stay below them, as any real client does.
 */
@QuarkusTest
class FrameworkErrorsTest {

    private static final String UUID_PATTERN = "^[0-9a-f-]{36}$";

    @TestHTTPResource("/")
    URL server;

    private static String token() {
        return Tokens.user("ewa").roles("staff").sign();
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        JsonObject problem = new JsonObject(answer.body());
        assertEquals(status, problem.getInteger("status"));
        assertEquals(answer.header("X-Request-Id"), problem.getString("requestId"));
        assertTrue(problem.getString("detail").length() > 10, "says what to do");
    }

    @Test
    void aBodyAboveTheLimitIs413BeforeItIsRead() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(server, "POST /api/v1/clients HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 20000000\r\n\r\n", new byte[64 * 1024]);
        assertProblem(answer, 413);
        assertEquals("close", answer.header("Connection"));
    }

    @Test
    void aChunkedBodyIs411SinceItsSizeIsUnknown() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(server, "POST /api/v1/clients HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token() + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n", "2\r\n{}\r\n0\r\n\r\n".getBytes());
        assertProblem(answer, 411);
    }

    @Test
    void aVeryLongAddressIs414() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(server, "GET /api/v1/institutions?q=" + "a".repeat(10_000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);
        assertProblem(answer, 414);
    }

    @Test
    void hugeHeadersAre431() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(server, "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Padding: " + "a".repeat(40_000) + "\r\nConnection: close\r\n\r\n", new byte[0]);
        assertProblem(answer, 431);
    }

    @Test
    void anUnsupportedContentTypeIs415() {
        given().auth().oauth2(token()).contentType("text/plain").body("Jan")
                .when().post("/api/v1/clients")
                .then().statusCode(415).contentType("application/problem+json")
                .body("requestId", matchesPattern(UUID_PATTERN));
    }

    @Test
    void anUnsupportedMethodIs405() {
        given().auth().oauth2(token())
                .when().delete("/api/v1/me")
                .then().statusCode(405).contentType("application/problem+json")
                .body("requestId", matchesPattern(UUID_PATTERN));
    }

    @Test
    void anUnacceptableMediaTypeIs406() {
        given().auth().oauth2(token()).accept("application/xml")
                .when().get("/api/v1/me")
                .then().statusCode(406).contentType("application/problem+json")
                .body("requestId", matchesPattern(UUID_PATTERN));
    }

    @Test
    void unknownRoutesInsideAndOutsideTheApiAre404() {
        for (String path : new String[] { "/api/v1/nothing-here", "/nothing-here", "/q/nothing-here" }) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("requestId", matchesPattern(UUID_PATTERN));
        }
    }

    @Test
    void theRequestIdOfAProxyIsKeptAndAGarbledOneReplaced() {
        given().header("X-Request-Id", "proxy-4f2a9c1e").when().get("/api/v1/nothing-here")
                .then().header("X-Request-Id", equalTo("proxy-4f2a9c1e")).body("requestId", equalTo("proxy-4f2a9c1e"));
        given().header("X-Request-Id", "<script>").when().get("/api/v1/nothing-here")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void aBrowserCanReadTheseAnswers() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(server, "GET /api/v1/institutions?q=%00 HTTP/1.1\r\nHost: localhost\r\n"
                + "Origin: http://localhost:5173\r\nConnection: close\r\n\r\n", new byte[0]);
        assertProblem(answer, 400);
        assertEquals("http://localhost:5173", answer.header("Access-Control-Allow-Origin"));
    }
}
