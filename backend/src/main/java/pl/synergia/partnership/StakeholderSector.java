package pl.synergia.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Sector of statutory activity of a stakeholder (seed 004: "przynależność do sektora statutowej
 * działalności (np.: sektor administracji publicznej, sektor edukacji etc.)"; the spheres it
 * names: pomoc społeczna, edukacja, kultura, zdrowie, sport, przedsiębiorcy, organizacje
 * obywatelskie, liderzy społeczni; publiczne służby zatrudnienia).
 */
@Schema(description = "Sector of statutory activity (seed 004): PUBLIC_ADMINISTRATION (administracja publiczna), "
        + "SOCIAL_ASSISTANCE (pomoc społeczna), LABOUR_MARKET (rynek pracy, publiczne służby zatrudnienia), "
        + "EDUCATION (edukacja), CULTURE (kultura), HEALTH (zdrowie), SPORT (sport), CIVIL_SOCIETY (organizacje "
        + "obywatelskie), BUSINESS (przedsiębiorcy), SOCIAL_LEADER (liderzy społeczni, np. sołtysi, autorytety)")
public enum StakeholderSector {
    PUBLIC_ADMINISTRATION, SOCIAL_ASSISTANCE, LABOUR_MARKET, EDUCATION, CULTURE, HEALTH, SPORT, CIVIL_SOCIETY, BUSINESS,
    SOCIAL_LEADER
}
