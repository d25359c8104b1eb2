package pl.synergia.regional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the regional figures ({@code synergia.regional.*}). */
@ConfigMapping(prefix = "synergia.regional")
public interface RegionalConfig {

    Suppression suppression();

    Refresh refresh();

    NeedImport needImport();

    /** How long a client may keep an answer of figures before asking again (Cache-Control max-age, seconds). */
    @WithDefault("60")
    int cacheMaxAgeSeconds();

    interface Suppression {
        /** Counts of people from 1 to k − 1 are not shown (docs/adr/0025). */
        @WithDefault("5")
        int k();
    }

    interface Refresh {
        /** When the current year is recomputed (Quartz-style cron, Warsaw time); "off" disables it. */
        @WithDefault("0 7 * * * ?")
        String incrementalSchedule();

        /** When every year is recomputed; "off" disables it. */
        @WithDefault("0 40 3 * * ?")
        String fullSchedule();

        /** At start-up, when no figures have been computed yet (a new database), queue a full refresh. */
        @WithDefault("true")
        boolean fullWhenEmpty();

        /** Calendar years a full refresh computes, this year included (years with imported need figures too). */
        @WithDefault("3")
        int historyYears();
    }

    interface NeedImport {
        @WithDefault("5242880")
        long maxBytes();

        @WithDefault("50000")
        int maxRows();

        /** A job whose instance has not beaten its heartbeat for this long is marked failed (its instance stopped). */
        @WithDefault("PT2M")
        java.time.Duration abandonedAfter();
    }
}
