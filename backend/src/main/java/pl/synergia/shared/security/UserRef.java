package pl.synergia.shared.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user of the platform as a colleague sees them: the identity provider's subject and their name. */
@Schema(description = "A user of the platform: subject (the identity provider's id) and name")
public record UserRef(
        @Schema(required = true, description = "Stable subject identifier from the identity provider") String subject,
        @Schema(required = true) String displayName) {
}
