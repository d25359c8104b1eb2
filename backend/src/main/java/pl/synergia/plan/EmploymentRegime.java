package pl.synergia.plan;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The employment act a plan runs under. The labour-market act of 20 March 2025 replaced the act of
 * 20 April 2004 on 1 June 2025; agreements signed before that day run on under the old act. The
 * codes are the catalogue's legal-regime codes.
 */
@Schema(description = "EMPLOYMENT_ACT_2004 (act of 20 April 2004 on employment promotion, until 31 May 2025, and after it for "
        + "agreements signed before 1 June 2025) or LABOUR_MARKET_ACT_2025 (act of 20 March 2025 on the labour market and "
        + "employment services, from 1 June 2025)")
public enum EmploymentRegime {
    /** The PUP met a person with an IPD at least every 60 days. */
    EMPLOYMENT_ACT_2004(60),
    /** The PUP meets a person with an IPD at least every 30 days. */
    LABOUR_MARKET_ACT_2025(30);

    /** The day the 2025 act came into force and the 2004 act was repealed. */
    public static final LocalDate BOUNDARY = LocalDate.of(2025, 6, 1);

    private final int pupContactIntervalDays;

    EmploymentRegime(int pupContactIntervalDays) {
        this.pupContactIntervalDays = pupContactIntervalDays;
    }

    /** How often, at least, the PUP must be in contact with a person whose plan runs under this act. */
    public int pupContactIntervalDays() {
        return pupContactIntervalDays;
    }
}
