package pl.synergia.shared.accessibility;

import java.time.LocalDate;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code synergia.accessibility.*}: the parts of the accessibility statement (deklaracja dostępności,
 * act of 4 April 2019 on the digital accessibility of public bodies' websites) that differ per
 * deployment: who publishes it, its dates, and whom to ask for accessible content.
 */
@ConfigMapping(prefix = "synergia.accessibility")
public interface AccessibilityConfig {

    /** The public body (or operator) the statement is made by. */
    @WithDefault("Operator platformy Synergia")
    String entityName();

    /** The day the service was published. */
    @WithDefault("2026-01-15")
    LocalDate publishedOn();

    /** The day the service was last substantially updated. */
    @WithDefault("2026-12-07")
    LocalDate updatedOn();

    /** The day the statement was made (the self-assessment). */
    @WithDefault("2026-12-07")
    LocalDate preparedOn();

    /** The day the statement was last reviewed. */
    @WithDefault("2026-12-07")
    LocalDate reviewedOn();

    /** FULL, PARTIAL or NONE: how far the service complies with the act. */
    @WithDefault("PARTIAL")
    Compliance compliance();

    /** The person to ask for accessible content or to report a problem. */
    @WithDefault("Koordynator do spraw dostępności")
    String contactName();

    @WithDefault("dostepnosc@synergia.example.org")
    String contactEmail();

    Optional<String> contactPhone();

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AccessibilityCompliance", description = "FULL, PARTIAL or NONE")
    enum Compliance {
        FULL, PARTIAL, NONE
    }
}
