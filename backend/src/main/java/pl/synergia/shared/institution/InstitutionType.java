package pl.synergia.shared.institution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Kinds of institution taking part in local cooperation (see docs: DOMAIN, seed 002). The
 * names are stable API codes; Polish and English labels live in the SPA.
 */
@Schema(description = "Institution type: OPS (social-welfare centre), PCPR/WCPR (county family-support centre), "
        + "PUP (county labour office), CIS/KIS (social-integration centre/club), WTZ (occupational-therapy workshop), "
        + "ZAZ (vocational-activity establishment), OWES (social-economy support centre), NGO, SPOLDZIELNIA "
        + "(social cooperative), ROPS (regional social-policy centre), and the supporting stakeholders "
        + "EMPLOYMENT_AGENCY, CUS, CWR, OHP, FAMILY_CLUB, LSW, ZGN")
public enum InstitutionType {
    OPS, PCPR, WCPR, PUP, CIS, KIS, WTZ, ZAZ, OWES, NGO, SPOLDZIELNIA, ROPS,
    EMPLOYMENT_AGENCY, CUS, CWR, OHP, FAMILY_CLUB, LSW, ZGN
}
