package pl.synergia.regional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import pl.synergia.shared.figures.PlanFigures.DayCount;
import pl.synergia.shared.figures.PlanFigures.MonthCount;
import pl.synergia.shared.time.PolishTime;

/**
 * The computation of a year from what the read models answer, on a made-up voivodeship "99" of
 * one powiat with two gminas: ratios built on a hidden count are hidden too.
 */
class YearComputationTest {

    private static final String G1 = "9901011";
    private static final String G2 = "9901022";
    private static final Territory TERRITORY = new Territory(List.of(G1, G2),
            Map.of(G1, 20_000L, G2, 5_000L, "9901", 25_000L, "99", 25_000L));
    /** March 2025, seen on its last day. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31));

    private static List<ValueRow> compute(List<DayCount> people, Map<String, List<MonthCount>> flows, Map<String, Map<String, Long>> need) {
        return new YearComputation(TERRITORY, new YearComputation.Inputs(2025, DAYS, List.of(), List.of(), Map.of(), people, flows,
                List.of(), need, 5, PolishTime.ZONE)).compute();
    }

    private static Optional<ValueRow> row(List<ValueRow> rows, String indicator, String unit, String period) {
        return rows.stream().filter(r -> r.indicator().equals(indicator) && r.unit().equals(unit) && r.period().equals(period)
                && r.key().isEmpty()).findFirst();
    }

    @Test
    void aCountPerInhabitantIsHiddenWithItsCount() {
        List<ValueRow> rows = compute(List.of(new DayCount(G1, DAYS.get(2), 30), new DayCount(G2, DAYS.get(2), 3)), Map.of(), Map.of());
        assertTrue(row(rows, "PEOPLE_ACTIVE_PLAN", G2, "2025-03").orElseThrow().suppressed());
        assertTrue(row(rows, "PEOPLE_ACTIVE_PLAN_PER_10K", G2, "2025-03").orElseThrow().suppressed());
        // 3 hidden in G2 => G1 hidden as its complement (the powiat is 33); so is G1's rate
        assertTrue(row(rows, "PEOPLE_ACTIVE_PLAN", G1, "2025-03").orElseThrow().suppressed());
        assertTrue(row(rows, "PEOPLE_ACTIVE_PLAN_PER_10K", G1, "2025-03").orElseThrow().suppressed());
        ValueRow powiat = row(rows, "PEOPLE_ACTIVE_PLAN_PER_10K", "9901", "2025-03").orElseThrow();
        assertFalse(powiat.suppressed());
        assertEquals(new BigDecimal("13.20"), powiat.value(), "33 x 10,000 / 25,000");
        assertEquals(new BigDecimal("33"), powiat.numerator());
        // the year of a state is its last month
        assertEquals(new BigDecimal("33"), row(rows, "PEOPLE_ACTIVE_PLAN", "9901", "2025").orElseThrow().value());
        // nothing hidden is stored with its number
        rows.stream().filter(ValueRow::suppressed).forEach(r -> {
            assertNull(r.value());
            assertNull(r.numerator());
            assertNull(r.denominator());
        });
    }

    @Test
    void anAcceptanceRateIsHiddenWhenAcceptedOrRejectedIs() {
        Map<String, List<MonthCount>> flows = new HashMap<>();
        flows.put("REFERRALS_ACCEPTED", List.of(new MonthCount(G1, YearMonth.of(2025, 3), "OPS>PUP", 12),
                new MonthCount(G2, YearMonth.of(2025, 3), "OPS>PUP", 9)));
        flows.put("REFERRALS_REJECTED", List.of(new MonthCount(G1, YearMonth.of(2025, 3), "OPS>PUP", 8),
                new MonthCount(G2, YearMonth.of(2025, 3), "OPS>PUP", 2)));
        List<ValueRow> rows = compute(List.of(), flows, Map.of());
        assertTrue(row(rows, "REFERRALS_REJECTED", G2, "2025-03").orElseThrow().suppressed());
        assertTrue(row(rows, "REFERRAL_ACCEPTANCE_RATE", G2, "2025-03").orElseThrow().suppressed(),
                "9 accepted shown and a rate of 81.82 would give away the 2 rejected");
        ValueRow powiat = row(rows, "REFERRAL_ACCEPTANCE_RATE", "9901", "2025-03").orElseThrow();
        assertEquals(new BigDecimal("67.74"), powiat.value(), "21 x 100 / 31");
    }

    @Test
    void needFiguresAddUpOnlyWhenEveryGminaWasImportedAndRatiosFollowTheirHiding() {
        List<ValueRow> partial = compute(List.of(), Map.of(), Map.of(G1, Map.of("SA_UNEMPLOYMENT", 40L)));
        assertEquals(new BigDecimal("40"), row(partial, "NEED_SA_UNEMPLOYMENT", G1, "2025").orElseThrow().value());
        assertTrue(row(partial, "NEED_SA_UNEMPLOYMENT", "9901", "2025").isEmpty(), "G2 not imported: no powiat sum");

        List<ValueRow> rows = compute(List.of(), Map.of(), Map.of(G1, Map.of("SA_UNEMPLOYMENT", 40L), G2, Map.of("SA_UNEMPLOYMENT", 2L)));
        assertTrue(row(rows, "NEED_SA_UNEMPLOYMENT", G2, "2025").orElseThrow().suppressed());
        assertTrue(row(rows, "NEED_SA_UNEMPLOYMENT", G1, "2025").orElseThrow().suppressed(), "the complement of G2");
        assertEquals(new BigDecimal("42"), row(rows, "NEED_SA_UNEMPLOYMENT", "9901", "2025").orElseThrow().value());
        assertTrue(row(rows, "CIS_KIS_PLACES_PER_100_SA_UNEMPLOYMENT", G2, "2025").orElseThrow().suppressed());
        ValueRow powiat = row(rows, "CIS_KIS_PLACES_PER_100_SA_UNEMPLOYMENT", "9901", "2025").orElseThrow();
        assertEquals(new BigDecimal("0.00"), powiat.value(), "no CIS or KIS places: 0 per 100");
        assertTrue(row(rows, "NEED_SA_UNEMPLOYMENT", G1, "2025-03").isEmpty(), "need figures are yearly");
    }

    @Test
    void aFlowOfTheYearIsTheSumOfItsMonthsAndItsHiddenMonthCannotBeRecovered() {
        Map<String, List<MonthCount>> flows = Map.of("OUTCOMES", List.of(
                new MonthCount(G1, YearMonth.of(2025, 1), "JOB_TAKEN", 3), new MonthCount(G1, YearMonth.of(2025, 3), "JOB_TAKEN", 6)));
        List<ValueRow> rows = compute(List.of(), flows, Map.of());
        assertEquals(new BigDecimal("9"), row(rows, "OUTCOMES", G1, "2025").orElseThrow().value());
        assertTrue(row(rows, "OUTCOMES", G1, "2025-01").orElseThrow().suppressed());
        assertTrue(row(rows, "OUTCOMES", G1, "2025-03").orElseThrow().suppressed(), "March hides January from the year's difference");
        assertTrue(row(rows, "OUTCOMES", G1, "2025-02").isEmpty(), "February: 0, not stored");
    }
}
