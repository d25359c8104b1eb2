package pl.synergia.plan;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.eclipse.microprofile.config.spi.Converter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;

/**
 * {@code synergia.retention.*} (docs/adr/0010). Checked when the application starts: a wrong
 * period stops it then, not at the first nightly run.
 */
@ConfigMapping(prefix = "synergia.retention")
public interface RetentionConfig {

    /** How long after the last of a person's plans was finished they are anonymised (ISO-8601, e.g. P6Y). */
    @WithConverter(PositivePeriod.class)
    Period afterPlanClosure();

    /** When the nightly run starts: a Quartz cron in Warsaw time, or "off". */
    String schedule();

    /** The cron of the nightly run, empty when switched off. */
    default Optional<String> cron() {
        String s = schedule();
        return s == null || s.isBlank() || s.strip().equalsIgnoreCase("off") ? Optional.empty() : Optional.of(s.strip());
    }

    /** An ISO-8601 period greater than zero. */
    final class PositivePeriod implements Converter<Period> {
        private static final long serialVersionUID = 1L;

        @Override
        public Period convert(String value) {
            Period period;
            try {
                period = Period.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("synergia.retention.after-plan-closure must be an ISO-8601 period such as P6Y", e);
            }
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("synergia.retention.after-plan-closure must be a positive period");
            }
            return period;
        }
    }
}
