package pl.synergia.partnership;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An entry of the stakeholder catalogue: a directory institution (institutionId) or a named person or organisation (name)")
public record StakeholderRequest(
        @Schema(nullable = true) UUID institutionId,
        @Schema(nullable = true, description = "A person or organisation outside the directory") @Size(max = 300) String name,
        @Schema(required = true) @NotNull StakeholderSector sector,
        @Schema(nullable = true, description = "An institution from outside the gmina (powiat, voivodeship), whose favour the model also seeks")
        Boolean outsideGmina,
        @Schema(nullable = true, description = "Substantive usefulness for future reintegration programmes") @Size(max = 2000) String usefulness,
        @Schema(nullable = true) @Valid Resources resources,
        @Schema(required = true) @NotNull StakeholderCode code,
        @Schema(nullable = true, description = "Only for NEUTRAL stakeholders") @Valid Scenario influenceScenario) {

    @Schema(name = "StakeholderResources", description = "Resources usable in the partnership (seed 004: techniczno-organizacyjne, personalne, finansowe)")
    public record Resources(
            @Schema(nullable = true) @Size(max = 2000) String technical,
            @Schema(nullable = true) @Size(max = 2000) String personnel,
            @Schema(nullable = true) @Size(max = 2000) String financial) {
    }

    @Schema(name = "InfluenceScenario", description = "Scenariusz oddziaływania: how the partners mean to change a neutral stakeholder's position, and how it went")
    public record Scenario(
            @Schema(required = true) @NotBlank @Size(max = 4000) String notes,
            @Schema(nullable = true, description = "Defaults to PENDING") ScenarioOutcome outcome) {
    }
}
