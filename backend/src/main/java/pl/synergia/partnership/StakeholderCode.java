package pl.synergia.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seed 004: Kod „Zwolennik MLW” and Kod „Neutralny MLW”. */
@Schema(description = "SUPPORTER: Zwolennik MLW (vitally interested, a leader from the start); NEUTRAL: Neutralny MLW "
        + "(not interested at first; an influence scenario (scenariusz oddziaływania) is to change their position)")
public enum StakeholderCode {
    SUPPORTER, NEUTRAL
}
