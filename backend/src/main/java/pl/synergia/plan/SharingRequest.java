package pl.synergia.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Record the legal basis on which an institution may see a client's data")
public record SharingRequest(
        @Schema(required = true) @NotNull UUID institutionId,
        @Schema(required = true, description = "What the institution needs the data for") @NotBlank @Size(max = 500) String purpose,
        @Schema(required = true) @NotNull LegalBasis legalBasis,
        @Schema(nullable = true, description = "The statutory task, for bases other than consent") @Size(max = 500) String statutoryTask,
        @Schema(required = true, description = "Share special-category data too; needs an article 9 basis") boolean includesSensitive,
        @Schema(required = true, description = "When the consent was given or the basis arose") @NotNull @PastOrPresent LocalDate givenOn) {
}
