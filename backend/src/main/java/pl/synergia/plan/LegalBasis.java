package pl.synergia.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Legal basis of sharing a client's data with an institution (GDPR articles 6 and 9). */
@Schema(description = "GDPR legal basis of sharing: art. 6(1)(a) consent, 6(1)(c) legal obligation, 6(1)(e) public task; "
        + "for special categories art. 9(2)(a) explicit consent, 9(2)(b) social protection law, 9(2)(h) social care")
public enum LegalBasis {
    CONSENT_ART_6_1_A(false),
    LEGAL_OBLIGATION_ART_6_1_C(false),
    PUBLIC_TASK_ART_6_1_E(false),
    EXPLICIT_CONSENT_ART_9_2_A(true),
    SOCIAL_PROTECTION_ART_9_2_B(true),
    SOCIAL_CARE_ART_9_2_H(true);

    /** Whether this basis covers special-category data (article 9). */
    public final boolean coversSpecialCategories;

    LegalBasis(boolean coversSpecialCategories) {
        this.coversSpecialCategories = coversSpecialCategories;
    }
}
