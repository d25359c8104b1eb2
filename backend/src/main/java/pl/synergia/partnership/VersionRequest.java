package pl.synergia.partnership;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new version of the text (the whole text, section by section): a draft while DRAFT or "
        + "CONSULTATION, an amendment while ACTIVE")
public record VersionRequest(
        @Schema(required = true, description = "All sections, in order") @NotNull @Size(min = 1, max = 60)
        List<@Valid @NotNull SectionRequest> sections,
        @Schema(nullable = true, description = "What changed and why") @Size(max = 2000) String note) {

    @Schema(name = "PartnershipSectionRequest")
    public record SectionRequest(
            @Schema(nullable = true, description = "e.g. § 1.") @Size(max = 20) String number,
            @Schema(nullable = true, description = "e.g. Preambuła") @Size(max = 300) String heading,
            @Schema(required = true) @NotBlank @Size(max = 20000) String body) {
    }
}
