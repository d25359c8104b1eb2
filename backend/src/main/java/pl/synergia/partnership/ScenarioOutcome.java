package pl.synergia.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seed 004: a scenario of influence "by uzyskać zmianę ich stanowiska" — pending, position changed, or not. */
@Schema(description = "Outcome of the influence scenario: PENDING (in progress), WON_OVER (the stakeholder changed "
        + "its position; recode it as SUPPORTER), REMAINS_NEUTRAL")
public enum ScenarioOutcome {
    PENDING, WON_OVER, REMAINS_NEUTRAL
}
