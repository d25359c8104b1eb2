package pl.synergia.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;

import org.junit.jupiter.api.Test;

/** The retention setting is an ISO-8601 period greater than zero, or the application does not start. */
class RetentionConfigTest {

    private final RetentionConfig.PositivePeriod converter = new RetentionConfig.PositivePeriod();

    @Test
    void anIsoPeriodIsRead() {
        assertEquals(Period.ofYears(6), converter.convert("P6Y"));
        assertEquals(Period.of(5, 6, 0), converter.convert(" P5Y6M "));
    }

    @Test
    void anythingElseStopsTheStartWithTheSettingsName() {
        assertEquals("synergia.retention.after-plan-closure must be an ISO-8601 period such as P6Y",
                assertThrows(IllegalArgumentException.class, () -> converter.convert("6 years")).getMessage());
        for (String notPositive : new String[] { "P0D", "-P1Y" }) {
            assertEquals("synergia.retention.after-plan-closure must be a positive period",
                    assertThrows(IllegalArgumentException.class, () -> converter.convert(notPositive)).getMessage());
        }
    }
}
