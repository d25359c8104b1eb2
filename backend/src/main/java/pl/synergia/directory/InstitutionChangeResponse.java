package pl.synergia.directory;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change of a directory entry")
public record InstitutionChangeResponse(
        @Schema(required = true) long id,
        @Schema(required = true) Instant changedAt,
        @Schema(required = true, description = "Display name of who made the change") String changedBy,
        @Schema(required = true) InstitutionChange.Action action,
        @Schema(required = true) List<FieldChangeResponse> changes) {

    @Schema(description = "One field's old and new value")
    public record FieldChangeResponse(
            @Schema(required = true) String field,
            @Schema(nullable = true) Object oldValue,
            @Schema(nullable = true) Object newValue) {
    }
}
