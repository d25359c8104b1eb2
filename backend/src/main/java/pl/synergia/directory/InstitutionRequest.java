package pl.synergia.directory;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.validation.Nip;
import pl.synergia.shared.validation.Regon;

/** A directory entry as sent to create or update it. Values are trimmed; blank optional text means none. */
@Schema(description = "A directory entry to create or update")
public record InstitutionRequest(
        @Schema(required = true) @NotNull InstitutionType type,
        @Schema(required = true) @NotBlank @Size(max = 300) String name,
        @Schema(nullable = true, description = "Defaults to the role of the institution type") StakeholderRole stakeholderRole,
        @Schema(required = true, pattern = "^[0-9]{7}$", description = "TERYT code of the gmina (TERC 2025)")
        @NotNull @Pattern(regexp = "^[0-9]{7}$") String gminaTeryt,
        @Schema(nullable = true) @Valid Address address,
        @Schema(nullable = true) @Size(max = 200) String legalForm,
        @Schema(nullable = true) @Size(max = 4000) String legalBasis,
        @Schema(nullable = true) @Size(max = 4000) String statutoryTasks,
        @Schema(nullable = true, description = "The institution that runs this one (e.g. the NGO running a KIS)") UUID operatorId,
        @Schema(nullable = true, description = "Who runs it when that is not a directory entry, e.g. a gmina") @Size(max = 300) String operatorName,
        @Schema(nullable = true) @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ()-]{3,40}$") String phone,
        @Schema(nullable = true) @Email @Size(max = 254) String email,
        @Schema(nullable = true) @Size(max = 300) @Pattern(regexp = "^https?://\\S+$") String website,
        @Schema(nullable = true, pattern = "^[0-9]{10}$") @Pattern(regexp = "^[0-9]{10}$") String krs,
        @Schema(nullable = true) @Regon String regon,
        @Schema(nullable = true) @Nip String nip,
        @Schema(nullable = true, description = "Entry in a register other than KRS, e.g. the wojewoda's KIS register") @Size(max = 200) String registerEntry,
        @Schema(nullable = true) @Valid OfficialStatus officialStatus,
        @Schema(nullable = true) @PositiveOrZero Integer places,
        @Schema(nullable = true) @Size(max = 50) List<@NotBlank @Size(max = 300) String> cooperationAreas,
        @Schema(nullable = true, description = "Identifier in the system the entry comes from") @Size(max = 100) String externalId,
        @Schema(nullable = true, description = "Only for a social cooperative (type SPOLDZIELNIA)") CooperativeProfile cooperativeProfile) {
}
