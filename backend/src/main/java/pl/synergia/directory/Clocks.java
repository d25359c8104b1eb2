package pl.synergia.directory;

import java.time.ZoneId;

final class Clocks {
    /** Statuses and dates of Polish law are days in Polish time. */
    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private Clocks() {
    }
}
