package pl.synergia.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.validation.Pesel;

@Schema(description = "Find a person by PESEL, or by last name (and first name) with the birth date. Sent in the body, never in a URL")
public record DpoSearchRequest(
        @Schema(nullable = true, description = "PESEL; alone it is enough") @Pesel String pesel,
        @Schema(nullable = true, description = "Last name, with birthDate when there is no PESEL (case and Polish diacritics ignored)")
        @Size(max = 150) String lastName,
        @Schema(nullable = true, description = "First name, narrows a search by last name") @Size(max = 100) String firstName,
        @Schema(nullable = true) @Past LocalDate birthDate) {
}
