package pl.synergia.notification;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An institution's notification defaults; types left out take the platform's default")
public record InstitutionPreferencesRequest(
        @Schema(required = true, maxItems = 30) @NotNull @Size(max = 30) List<@Valid @NotNull Preference> items) {
}
