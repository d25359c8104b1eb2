package pl.synergia.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seed 002: key stakeholders activate people; supporting ones may cooperate; regional ones oversee. */
@Schema(description = "KEY (activation is its task), SUPPORTING (may cooperate), REGIONAL (ROPS)")
public enum StakeholderRole {
    KEY, SUPPORTING, REGIONAL
}
