package pl.synergia.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The test resources every @QuarkusTest shares (declared once; Quarkus applies them to the whole
 * run): a real embedded PostgreSQL and a WireMock OIDC server whose keys sign {@link Tokens}.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {
    private TestResources() {
    }
}
