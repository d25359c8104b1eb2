package pl.synergia.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code synergia.directory-import.*}: the limits of a CSV import (docs/directory-csv.md). */
@ConfigMapping(prefix = "synergia.directory-import")
public interface DirectoryImportConfig {

    /** Largest file accepted (bytes); a larger one answers 413. 10 MiB. */
    @WithDefault("10485760")
    long maxBytes();

    /** Most data rows in one file. */
    @WithDefault("100000")
    int maxRows();

    /** A running job whose heartbeat stopped this long ago belonged to a stopped instance and is failed. */
    @WithDefault("PT2M")
    java.time.Duration abandonedAfter();
}
