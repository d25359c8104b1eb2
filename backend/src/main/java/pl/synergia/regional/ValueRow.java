package pl.synergia.regional;

import java.math.BigDecimal;

/**
 * One value as stored in indicator_value: a hidden value is stored without its number (nor its
 * numerator and denominator), so nothing hidden is ever at hand to leak.
 */
record ValueRow(String indicator, String unit, String period, String key, BigDecimal value, BigDecimal numerator,
        BigDecimal denominator, boolean suppressed) {

    static ValueRow hidden(String indicator, String unit, String period, String key) {
        return new ValueRow(indicator, unit, period, key, null, null, null, true);
    }
}
