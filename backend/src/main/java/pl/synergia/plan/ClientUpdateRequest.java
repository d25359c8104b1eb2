package pl.synergia.plan;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.validation.Pesel;

@Schema(description = "Rectify a client's data (GDPR art. 16): the whole identity and contact data as they should be, and the "
        + "special-category data when the caller's institution may see it")
public record ClientUpdateRequest(
        @Schema(required = true) @NotBlank @Size(max = 100) String firstName,
        @Schema(required = true) @NotBlank @Size(max = 150) String lastName,
        @Schema(nullable = true, description = "PESEL; empty for a person without one") @Pesel String pesel,
        @Schema(nullable = true, description = "Required when there is no PESEL; must match the PESEL when both are given") @Past LocalDate birthDate,
        @Schema(nullable = true) @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ()-]{3,40}$") String phone,
        @Schema(nullable = true) @Email @Size(max = 254) String email,
        @Schema(required = true, pattern = "^[0-9]{7}$", description = "TERYT code of the gmina the person lives in")
        @NotNull @Pattern(regexp = "^[0-9]{7}$") String gminaTeryt,
        @Schema(nullable = true, description = "Special-category data as it should be; left out, it stays as it is. Only an "
                + "institution that sees it may send it") @Valid SensitiveData sensitive,
        @Schema(nullable = true, description = "Why (e.g. the person's request of a given day); no special-category data here")
        @Size(max = 500) String reason) {
}
