package pl.synergia.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One eligibility condition of a service, with the criterion's names")
public record EligibilityRuleResponse(
        @Schema(required = true) String criterion,
        @Schema(required = true) String namePl,
        @Schema(required = true) String nameEn,
        @Schema(nullable = true, description = "The criterion's value, e.g. 50 for AGE_MIN") String value) {
}
