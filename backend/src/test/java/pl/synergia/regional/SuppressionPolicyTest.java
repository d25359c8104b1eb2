package pl.synergia.regional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.synergia.regional.SuppressionPolicy.Relation;

/** The suppression rule on small hand-made tables, and an attacker who tries to recover what it hides. */
class SuppressionPolicyTest {

    private static BitSet bits(int... cells) {
        BitSet b = new BitSet();
        for (int c : cells) {
            b.set(c);
        }
        return b;
    }

    @Test
    void hidesCountsFromOneToKMinusOneAndShowsZero() {
        // no relations: only the primary rule
        long[] values = { 0, 1, 4, 5, 12 };
        assertEquals(bits(1, 2), SuppressionPolicy.suppress(values, List.of(), 5));
        assertEquals(bits(1), SuppressionPolicy.suppress(values, List.of(), 2));
        assertEquals(new BitSet(), SuppressionPolicy.suppress(values, List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> SuppressionPolicy.suppress(values, List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> SuppressionPolicy.suppress(new long[] { -1 }, List.of(), 5));
    }

    @Test
    void aParentWithOneHiddenChildHidesTheNextSmallestChild() {
        // cell 0: powiat = 2 + 9 + 0 + 14
        long[] values = { 25, 2, 9, 0, 14 };
        List<Relation> relations = List.of(new Relation(0, new int[] { 1, 2, 3, 4 }));
        BitSet hidden = SuppressionPolicy.suppress(values, relations, 5);
        assertEquals(bits(1, 2), hidden, "the 2 and, as its complement, the smallest non-zero shown child (9; never the 0)");
        LinearAttack attack = new LinearAttack(values, hidden, relations);
        assertTrue(attack.recovered().isEmpty(), "subtracting the shown children from the parent recovers neither hidden cell");
        assertFalse(attack.uniquelySolvable());
    }

    @Test
    void withoutTheComplementTheParentGivesTheHiddenChildAway() {
        // the attack itself works: with only the primary cell hidden, the attacker gets it back
        long[] values = { 25, 2, 9, 0, 14 };
        List<Relation> relations = List.of(new Relation(0, new int[] { 1, 2, 3, 4 }));
        assertEquals(bits(1), new LinearAttack(values, bits(1), relations).recovered());
    }

    @Test
    void hiddenPartsThatAddUpToLessThanKHideMore() {
        // 1 + 2 = 3 < 5 would be learnt from the total: a third part (the smallest shown, 6) is hidden too
        long[] values = { 20, 1, 2, 6, 11 };
        List<Relation> relations = List.of(new Relation(0, new int[] { 1, 2, 3, 4 }));
        BitSet hidden = SuppressionPolicy.suppress(values, relations, 5);
        assertEquals(bits(1, 2, 3), hidden);
    }

    @Test
    void aLoneChildIsHiddenWithItsParent() {
        // a powiat with one gmina that has anyone: the powiat equals the gmina
        long[] values = { 3, 3, 0, 0 };
        List<Relation> relations = List.of(new Relation(0, new int[] { 1, 2, 3 }));
        assertEquals(bits(0, 1), SuppressionPolicy.suppress(values, relations, 5));
    }

    @Test
    void differencingTwoPeriodsRecoversNothing() {
        // one gmina, months Jan..Apr and the year (cell 4) = sum of the months; January has 3 people
        long[] values = { 3, 0, 7, 6, 16 };
        List<Relation> relations = List.of(new Relation(4, new int[] { 0, 1, 2, 3 }));
        BitSet hidden = SuppressionPolicy.suppress(values, relations, 5);
        assertEquals(bits(0, 3), hidden, "January and, as its complement, the smallest other month (6)");
        // the attacker subtracts the shown months from the year: January + April = 16 - 7, two unknowns
        LinearAttack attack = new LinearAttack(values, hidden, relations);
        assertTrue(attack.recovered().isEmpty());
        assertEquals(bits(0), new LinearAttack(values, bits(0), relations).recovered(), "without the complement the difference gives January");
    }

    @Test
    void aStateOfTheYearEqualsItsLastMonthAndIsHiddenWithIt() {
        // people with a plan at the end of December (cell 1) are the year's figure (cell 2): year = December
        long[] values = { 9, 4, 4 };
        List<Relation> relations = List.of(new Relation(2, new int[] { 1 }));
        assertEquals(bits(1, 2), SuppressionPolicy.suppress(values, relations, 5));
    }

    @Test
    void aTableOfGminasMonthsAndPowiatHoldsAgainstEveryEquationAtOnce() {
        // 2 gminas (rows) x 3 months + year (columns); powiat row = sum; year column = sum.
        //            m1  m2  m3  year
        // gmina A     2   6   8   16
        // gmina B     7   0   9   16
        // powiat      9   6  17   32
        long[] values = { 2, 6, 8, 16, 7, 0, 9, 16, 9, 6, 17, 32 };
        List<Relation> relations = List.of(
                new Relation(3, new int[] { 0, 1, 2 }), new Relation(7, new int[] { 4, 5, 6 }), new Relation(11, new int[] { 8, 9, 10 }),
                new Relation(8, new int[] { 0, 4 }), new Relation(9, new int[] { 1, 5 }), new Relation(10, new int[] { 2, 6 }),
                new Relation(11, new int[] { 3, 7 }));
        BitSet hidden = SuppressionPolicy.suppress(values, relations, 5);
        assertTrue(hidden.get(0), "the 2 is hidden");
        LinearAttack attack = new LinearAttack(values, hidden, relations);
        assertTrue(attack.recovered().isEmpty(), "no hidden cell is recovered by any combination of rows and columns: " + hidden);
        for (Relation r : relations) {
            int count = (hidden.get(r.total()) ? 1 : 0);
            for (int p : r.parts()) {
                count += hidden.get(p) ? 1 : 0;
            }
            assertTrue(count != 1, "no relation with exactly one hidden cell");
        }
    }
}
