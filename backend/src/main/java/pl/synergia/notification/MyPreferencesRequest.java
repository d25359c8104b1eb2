package pl.synergia.notification;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The caller's notification settings")
public record MyPreferencesRequest(
        @Schema(required = true) @NotNull Language language,
        @Schema(required = true, description = "true: follow the institution's defaults (items are ignored)") @NotNull Boolean followsInstitution,
        @Schema(nullable = true, description = "The caller's own choice per type; types left out follow the institution", maxItems = 30)
        @Size(max = 30) List<@Valid @NotNull Preference> items) {
}
