package pl.synergia.notification;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's notification settings: language of e-mails, and per event type what they get")
public record MyPreferences(
        @Schema(required = true, description = "Language of the caller's e-mails") Language language,
        @Schema(required = true, description = "true: the caller follows the institution's defaults for every type") boolean followsInstitution,
        @Schema(required = true, description = "What the caller gets, per type (every type, in a stable order)") List<Preference> items,
        @Schema(required = true, description = "The institution's defaults, per type") List<Preference> institution,
        @Schema(required = true, nullable = true, description = "The e-mail address mail goes to (from the caller's token)") String email) {
}
