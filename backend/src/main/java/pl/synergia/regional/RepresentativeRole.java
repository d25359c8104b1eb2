package pl.synergia.regional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whom a member of the RPW represents (seed 004, "RPW – jej najważniejsze zadania": a working group,
 * usually of the voivodeship's social-economy committee, of ZSL representatives, social-employment
 * entities, the ROPS, OWES and PUPs).
 */
@Schema(description = "ZSL_REPRESENTATIVE (przedstawiciel ZSL), ROPS, OWES, PUP, SOCIAL_ECONOMY_COMMITTEE (komitet rozwoju "
        + "ekonomii społecznej), SOCIAL_EMPLOYMENT_ENTITY (podmiot zatrudnienia socjalnego: CIS, KIS, WTZ, ZAZ, spółdzielnia socjalna)")
public enum RepresentativeRole {
    ZSL_REPRESENTATIVE("przedstawiciel ZSL"),
    ROPS("przedstawiciel ROPS"),
    OWES("przedstawiciel OWES"),
    PUP("przedstawiciel PUP"),
    SOCIAL_ECONOMY_COMMITTEE("przedstawiciel komitetu rozwoju ekonomii społecznej"),
    SOCIAL_EMPLOYMENT_ENTITY("przedstawiciel podmiotu zatrudnienia socjalnego");

    private final String pl;

    RepresentativeRole(String pl) {
        this.pl = pl;
    }

    public String pl() {
        return pl;
    }
}
