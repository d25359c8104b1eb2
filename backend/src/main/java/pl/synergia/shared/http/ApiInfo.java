package pl.synergia.shared.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What the configuration cannot say about the API as a whole: an OpenAPI 3.1 licence needs an SPDX
 * identifier (or a URL) for generators to accept the document; a proprietary licence is named by
 * an SPDX {@code LicenseRef-}. (The title, version and description come from application.properties.)
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiInfo implements OASFilter {

    static final String LICENSE_IDENTIFIER = "LicenseRef-Synergia-Proprietary";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        openAPI.getInfo().setLicense(OASFactory.createLicense().name("Proprietary").identifier(LICENSE_IDENTIFIER));
    }
}
