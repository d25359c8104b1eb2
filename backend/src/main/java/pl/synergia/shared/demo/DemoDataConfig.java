package pl.synergia.shared.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code synergia.demo-data.*} (docs/adr/0005). */
@ConfigMapping(prefix = "synergia.demo-data")
public interface DemoDataConfig {

    /** Load the demo institutions and partnership at start (local runs and the demo; never by default in production). */
    @WithDefault("false")
    boolean enabled();
}
