package pl.synergia.shared.time;

import java.time.ZoneId;

/**
 * The one time zone of Synergia: the days of Polish law (deadlines, statuses, the 30-day PUP
 * contact, retention) are days in Warsaw. Time itself comes from the injected {@link java.time.Clock},
 * which runs in this zone.
 */
public final class PolishTime {

    /** For annotations, which need a constant string (e.g. the retention job's schedule). */
    public static final String ZONE_ID = "Europe/Warsaw";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private PolishTime() {
    }
}
