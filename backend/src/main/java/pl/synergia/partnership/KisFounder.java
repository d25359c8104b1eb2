package pl.synergia.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seed 004: a new KIS is created "przez ośrodek pomocy społecznej lub organizację pozarządową". */
@Schema(description = "Who founds the new KIS: OPS (ośrodek pomocy społecznej) or NGO (organizacja pozarządowa)")
public enum KisFounder {
    OPS, NGO
}
