package pl.synergia.regional;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Which counts of people are not shown (docs/adr/0025). Pure: cells are indexes into an array of
 * true values, and every published linear relation among them ({@code total = sum of parts}: a
 * powiat and its gminas, a voivodeship and its powiats, a year and its months, a total and its
 * breakdown; for a state, a year and its last month) is given as a {@link Relation}.
 *
 * <ol>
 * <li>Primary: a count from 1 to k − 1 is suppressed. 0 is shown: it says that nobody is
 * counted, which identifies no one.</li>
 * <li>Complementary, to a fixed point: while some relation has exactly one suppressed cell (it
 * could be recovered by subtraction), or its suppressed parts add up to less than k while its
 * total is shown (their sum, a small count, could be recovered), the smallest shown non-zero cell
 * of that relation is suppressed too.</li>
 * </ol>
 * Each round suppresses one more cell, so it ends; at the end no relation gives away a suppressed
 * cell or a suppressed sum below k.
 */
public final class SuppressionPolicy {

    /** {@code total} equals the sum of {@code parts} (cell indexes). */
    public record Relation(int total, int[] parts) {
    }

    private SuppressionPolicy() {
    }

    /** The cells to hide, for the values and relations given and the threshold k (k ≥ 1). */
    public static BitSet suppress(long[] values, List<Relation> relations, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        BitSet suppressed = new BitSet(values.length);
        for (int cell = 0; cell < values.length; cell++) {
            if (values[cell] < 0) {
                throw new IllegalArgumentException("counts are never negative: cell " + cell);
            }
            if (values[cell] > 0 && values[cell] < k) {
                suppressed.set(cell);
            }
        }
        if (suppressed.isEmpty()) {
            return suppressed;
        }
        // the relations each cell is in, to look again only at those a new suppression touches
        List<List<Integer>> relationsOf = new ArrayList<>(values.length);
        for (int cell = 0; cell < values.length; cell++) {
            relationsOf.add(new ArrayList<>(3));
        }
        for (int r = 0; r < relations.size(); r++) {
            Relation relation = relations.get(r);
            relationsOf.get(relation.total()).add(r);
            for (int part : relation.parts()) {
                relationsOf.get(part).add(r);
            }
        }
        Deque<Integer> pending = new ArrayDeque<>();
        boolean[] queued = new boolean[relations.size()];
        for (int r = 0; r < relations.size(); r++) {
            pending.add(r);
            queued[r] = true;
        }
        while (!pending.isEmpty()) {
            int r = pending.poll();
            queued[r] = false;
            Relation relation = relations.get(r);
            int complement = complementNeeded(relation, values, suppressed, k);
            if (complement < 0) {
                continue;
            }
            suppressed.set(complement);
            for (int touched : relationsOf.get(complement)) {
                if (!queued[touched]) {
                    pending.add(touched);
                    queued[touched] = true;
                }
            }
            if (!queued[r]) {
                pending.add(r); // it may need a third cell (e.g. the sum of two is still below k)
                queued[r] = true;
            }
        }
        return suppressed;
    }

    /** The cell to suppress next in this relation, or -1 when the relation gives nothing away. */
    static int complementNeeded(Relation relation, long[] values, BitSet suppressed, int k) {
        int count = suppressed.get(relation.total()) ? 1 : 0;
        long partsSum = 0;
        for (int part : relation.parts()) {
            if (suppressed.get(part)) {
                count++;
                partsSum += values[part];
            }
        }
        boolean disclosed = count == 1 || (count > 0 && !suppressed.get(relation.total()) && partsSum < k);
        if (!disclosed) {
            return -1;
        }
        // the smallest shown non-zero cell; a part before the total on a tie (the total is the wider figure)
        int best = -1;
        for (int part : relation.parts()) {
            if (!suppressed.get(part) && values[part] > 0 && (best < 0 || values[part] < values[best])) {
                best = part;
            }
        }
        int total = relation.total();
        if (!suppressed.get(total) && values[total] > 0 && (best < 0 || values[total] < values[best])) {
            best = total;
        }
        return best;
    }
}
