package pl.synergia.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract (../openapi.yaml, which the SPA's types are generated from) is exactly
 * what the code produces. On drift, `make openapi` rewrites it; review and commit the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("..", "openapi.yaml");

    @Test
    void committedContractEqualsTheGeneratedOne() throws IOException {
        String generated = given().queryParam("format", "yaml")
                .when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path actual = Path.of("target", "openapi-generated.yaml");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, generated, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("synergia.openapi.update")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!committed.equals(generated)) {
            fail("openapi.yaml differs from what the code produces (written to backend/" + actual
                    + "). Run `make openapi`, review the diff and commit it.");
        }
    }
}
