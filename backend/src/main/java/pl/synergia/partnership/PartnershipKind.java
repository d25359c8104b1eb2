package pl.synergia.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which agreement: the open MLW Pakt of seed 004, or the OPS–PUP–NGO cooperation agreement of seeds 000/001. */
@Schema(description = "PACT: Pakt na rzecz Modelu Lokalnej Współpracy (open to any number of signatories, seed 004); "
        + "COOPERATION_AGREEMENT: porozumienie o współpracy of exactly one OPS, one PUP and one NGO (seeds 000/001)")
public enum PartnershipKind {
    PACT, COOPERATION_AGREEMENT
}
