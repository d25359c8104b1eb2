package pl.synergia.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Roles within the ZSL. Seed 004 names none (members are "reprezentanci interesariuszy", consultants-advisers); these are the usual roles of a Polish team. */
@Schema(description = "CHAIR (przewodniczący), DEPUTY_CHAIR (zastępca przewodniczącego), SECRETARY (sekretarz), MEMBER (członek)")
public enum ZslRole {
    CHAIR, DEPUTY_CHAIR, SECRETARY, MEMBER
}
