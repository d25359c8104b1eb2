package pl.synergia.regional;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import pl.synergia.regional.SuppressionPolicy.Relation;

/**
 * An attacker who knows every published relation (a total is the sum of its parts) and every shown
 * value, and solves for the hidden ones by linear algebra: a hidden cell is recovered exactly when
 * its unit vector lies in the row space of the equations over the hidden cells.
 */
final class LinearAttack {

    private final List<double[]> rows = new ArrayList<>();
    private final List<Double> constants = new ArrayList<>();
    private final Map<Integer, Integer> unknown = new HashMap<>();
    private final long[] shown;

    /** @param shown the values the attacker sees (anything at a hidden cell is ignored) */
    LinearAttack(long[] shown, BitSet hidden, List<Relation> relations) {
        this.shown = shown;
        hidden.stream().forEach(cell -> unknown.put(cell, unknown.size()));
        for (Relation r : relations) {
            double[] row = new double[unknown.size()];
            double constant = 0;
            boolean any = false;
            // total - sum(parts) = 0: hidden cells stay on the left, shown ones move to the right
            if (unknown.containsKey(r.total())) {
                row[unknown.get(r.total())] += 1;
                any = true;
            } else {
                constant -= shown[r.total()];
            }
            for (int part : r.parts()) {
                if (unknown.containsKey(part)) {
                    row[unknown.get(part)] -= 1;
                    any = true;
                } else {
                    constant += shown[part];
                }
            }
            if (any) {
                rows.add(row);
                constants.add(constant);
            }
        }
    }

    /** The hidden cells the attacker can compute exactly. */
    BitSet recovered() {
        BitSet recovered = new BitSet();
        int rank = rank(rows);
        for (Map.Entry<Integer, Integer> e : unknown.entrySet()) {
            List<double[]> extended = new ArrayList<>(rows);
            double[] unit = new double[unknown.size()];
            unit[e.getValue()] = 1;
            extended.add(unit);
            if (rank(extended) == rank) {
                recovered.set(e.getKey());
            }
        }
        return recovered;
    }

    /** Whether the equations have exactly one solution (every hidden cell recovered). */
    boolean uniquelySolvable() {
        return rank(rows) == unknown.size();
    }

    private static int rank(List<double[]> matrix) {
        if (matrix.isEmpty()) {
            return 0;
        }
        int columns = matrix.get(0).length;
        double[][] m = new double[matrix.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = matrix.get(i).clone();
        }
        int rank = 0;
        for (int c = 0; c < columns && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][c]) > 1e-9 && (pivot < 0 || Math.abs(m[r][c]) > Math.abs(m[pivot][c]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] t = m[pivot];
            m[pivot] = m[rank];
            m[rank] = t;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][c]) > 1e-9) {
                    double f = m[r][c] / m[rank][c];
                    for (int k = c; k < columns; k++) {
                        m[r][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
