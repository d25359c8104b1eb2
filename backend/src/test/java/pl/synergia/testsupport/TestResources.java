package pl.synergia.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The test resources every @QuarkusTest shares (declared once; Quarkus applies them to the whole
 * run): a real embedded PostgreSQL, a WireMock OIDC server whose keys sign {@link Tokens}, and a real SMTP server
 * ({@link GreenMailResource}).
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(GreenMailResource.class)
public final class TestResources {
    private TestResources() {
    }
}
