package pl.synergia.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One eligibility condition of a service: a criterion and, where it takes one, its value. */
@Embeddable
@Schema(description = "One eligibility condition: a criterion code (see /catalogue/eligibility-criteria) and its value, if any")
public record EligibilityRule(
        @Column(name = "criterion_code") @Schema(required = true) String criterion,
        @Column(name = "value") @Schema(nullable = true) String value) {
}
