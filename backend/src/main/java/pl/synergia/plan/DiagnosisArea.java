package pl.synergia.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The areas of a socio-professional diagnosis. Health, housing (homelessness) and finances (social
 * assistance) hold special-category data as this platform treats it (docs/adr/0040): only an
 * institution that registered the person or has an article 9 basis sees or writes them.
 */
@Schema(description = "Area of a diagnosis; HEALTH, HOUSING and FINANCES are special-category (article 9) areas")
public enum DiagnosisArea {
    PROFESSIONAL_SITUATION(false),
    EDUCATION_AND_SKILLS(false),
    HEALTH(true),
    HOUSING(true),
    FAMILY(false),
    FINANCES(true),
    MOBILITY(false),
    DIGITAL(false);

    private final boolean specialCategory;

    DiagnosisArea(boolean specialCategory) {
        this.specialCategory = specialCategory;
    }

    public boolean specialCategory() {
        return specialCategory;
    }
}
