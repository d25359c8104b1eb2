package pl.synergia.notification;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An institution's notification defaults, set by its coordinator")
public record InstitutionPreferences(
        @Schema(required = true, description = "Per type (every type, in a stable order)") List<Preference> items,
        @Schema(required = true, description = "The caller may change them (a coordinator of the institution)") boolean canEdit,
        @Schema(required = true, nullable = true, description = "The directory's contact address: mail goes there while no one of "
                + "the institution uses the platform") String contactEmail) {
}
