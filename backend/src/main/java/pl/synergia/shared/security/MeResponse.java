package pl.synergia.shared.security;

import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.territory.GminaRef;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who is calling and what they may do. */
@Schema(description = "The caller: identity, roles, institution and computed permissions")
public record MeResponse(
        @Schema(required = true, description = "Stable subject identifier from the identity provider") String subject,
        @Schema(required = true) String username,
        @Schema(required = true) String displayName,
        @Schema(nullable = true) String email,
        @Schema(required = true, description = "Synergia roles of the caller") List<String> roles,
        @Schema(nullable = true, description = "The caller's institution; null for platform admins and systems without one") InstitutionRef institution,
        @Schema(nullable = true, description = "The gmina of the caller's institution (TERYT code and name, e.g. the default "
                + "filter of lists by gmina); null when the caller has no institution") GminaRef gmina,
        @Schema(required = true) List<Permission> permissions) {
}
