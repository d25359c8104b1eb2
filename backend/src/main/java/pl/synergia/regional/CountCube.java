package pl.synergia.regional;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import pl.synergia.regional.Indicator.Measure;
import pl.synergia.regional.SuppressionPolicy.Relation;

/**
 * The counts of one indicator in one voivodeship and one year, as published: every unit
 * (the voivodeship, its powiats, its gminas) × every period (the months computed, then the year)
 * × every breakdown key (the total first). Built from the gminas' counts, with every published
 * relation among the cells, so that {@link SuppressionPolicy} can hide what must be hidden.
 * A unit without data (an imported figure not imported) is absent, and so is a parent with an
 * absent child: its sum would not be the total.
 */
final class CountCube {

    static final String TOTAL = "";

    final List<String> units = new ArrayList<>();
    final List<String> periods;
    final List<String> keys;
    final long[] values;
    final BitSet present;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Map<String, Integer> keyIndex = new HashMap<>();
    private final Territory territory;
    private final String voivodeship;
    private final Measure measure;
    private final int months;

    /**
     * @param periods the months of the year computed (labels {@code YYYY-MM}) followed by the year ({@code YYYY}), or
     *                only the year for a yearly figure
     * @param data    gmina → index of the period among the months (0 for a yearly figure) → key → count
     * @param missingIsZero a gmina absent from {@code data} counts 0 (false: it has no data, an imported figure not imported)
     */
    CountCube(Territory territory, String voivodeship, List<String> periods, Measure measure,
            Map<String, Map<Integer, Map<String, Long>>> data, boolean missingIsZero) {
        this.territory = territory;
        this.voivodeship = voivodeship;
        this.periods = List.copyOf(periods);
        this.measure = measure;
        this.months = periods.size() - 1;
        TreeSet<String> members = new TreeSet<>();
        data.values().forEach(byPeriod -> byPeriod.values().forEach(byKey -> members.addAll(byKey.keySet())));
        members.remove(TOTAL);
        List<String> allKeys = new ArrayList<>();
        allKeys.add(TOTAL);
        allKeys.addAll(members);
        this.keys = List.copyOf(allKeys);
        for (int b = 0; b < keys.size(); b++) {
            keyIndex.put(keys.get(b), b);
        }
        addUnit(voivodeship);
        for (String powiat : territory.powiats(voivodeship)) {
            addUnit(powiat);
        }
        for (String powiat : territory.powiats(voivodeship)) {
            territory.gminas(powiat).forEach(this::addUnit);
        }
        this.values = new long[units.size() * periods.size() * keys.size()];
        this.present = new BitSet(values.length);
        fillGminas(data, missingIsZero);
        for (String powiat : territory.powiats(voivodeship)) {
            sumInto(powiat, territory.gminas(powiat));
        }
        sumInto(voivodeship, territory.powiats(voivodeship));
    }

    private void addUnit(String unit) {
        unitIndex.put(unit, units.size());
        units.add(unit);
    }

    int cell(String unit, int period, int key) {
        return (unitIndex.get(unit) * periods.size() + period) * keys.size() + key;
    }

    int yearPeriod() {
        return periods.size() - 1;
    }

    /** The periods a year's value is made of: its months (a flow), its last month (a state), none (a yearly figure). */
    private List<Integer> monthsOfYear() {
        if (months == 0) {
            return List.of();
        }
        if (measure == Measure.STOCK) {
            return List.of(months - 1);
        }
        List<Integer> all = new ArrayList<>();
        for (int p = 0; p < months; p++) {
            all.add(p);
        }
        return all;
    }

    private void fillGminas(Map<String, Map<Integer, Map<String, Long>>> data, boolean missingIsZero) {
        for (String gmina : units) {
            if (gmina.length() != 7 || !missingIsZero && !data.containsKey(gmina)) {
                continue;
            }
            Map<Integer, Map<String, Long>> byPeriod = data.getOrDefault(gmina, Map.of());
            int ownPeriods = months == 0 ? 1 : months;
            for (int p = 0; p < ownPeriods; p++) {
                Map<String, Long> byKey = byPeriod.getOrDefault(p, Map.of());
                long total = 0;
                for (Map.Entry<String, Long> e : byKey.entrySet()) {
                    if (!e.getKey().equals(TOTAL)) {
                        values[cell(gmina, p, keyIndex.get(e.getKey()))] = e.getValue();
                    }
                    total += e.getValue();
                }
                values[cell(gmina, p, 0)] = total;
                for (int b = 0; b < keys.size(); b++) {
                    present.set(cell(gmina, p, b));
                }
            }
            if (months > 0) {
                for (int b = 0; b < keys.size(); b++) {
                    long year = 0;
                    for (int p : monthsOfYear()) {
                        year += values[cell(gmina, p, b)];
                    }
                    values[cell(gmina, yearPeriod(), b)] = year;
                    present.set(cell(gmina, yearPeriod(), b));
                }
            }
        }
    }

    private void sumInto(String parent, List<String> children) {
        for (int p = 0; p < periods.size(); p++) {
            for (int b = 0; b < keys.size(); b++) {
                long sum = 0;
                boolean complete = true;
                for (String child : children) {
                    int c = cell(child, p, b);
                    complete &= present.get(c);
                    sum += values[c];
                }
                if (complete && !children.isEmpty()) {
                    values[cell(parent, p, b)] = sum;
                    present.set(cell(parent, p, b));
                }
            }
        }
    }

    /** Every published relation among present cells: territory, time, breakdown. */
    List<Relation> relations() {
        List<Relation> relations = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            for (int b = 0; b < keys.size(); b++) {
                for (String powiat : territory.powiats(voivodeship)) {
                    add(relations, cell(powiat, p, b), territory.gminas(powiat), p, b);
                }
                add(relations, cell(voivodeship, p, b), territory.powiats(voivodeship), p, b);
            }
        }
        for (String unit : units) {
            List<Integer> months = monthsOfYear();
            for (int b = 0; b < keys.size(); b++) {
                int year = cell(unit, yearPeriod(), b);
                if (present.get(year) && !months.isEmpty()) {
                    int[] parts = new int[months.size()];
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = cell(unit, months.get(i), b);
                    }
                    relations.add(new Relation(year, parts));
                }
            }
            if (keys.size() > 1) {
                for (int p = 0; p < periods.size(); p++) {
                    int total = cell(unit, p, 0);
                    if (present.get(total)) {
                        int[] parts = new int[keys.size() - 1];
                        for (int b = 1; b < keys.size(); b++) {
                            parts[b - 1] = cell(unit, p, b);
                        }
                        relations.add(new Relation(total, parts));
                    }
                }
            }
        }
        return relations;
    }

    private void add(List<Relation> relations, int total, List<String> children, int p, int b) {
        if (present.get(total)) {
            relations.add(new Relation(total, children.stream().mapToInt(c -> cell(c, p, b)).toArray()));
        }
    }

    /** The cells to hide (none when the indicator is not about people). */
    BitSet suppressed(boolean suppressIt, int k) {
        return suppressIt ? SuppressionPolicy.suppress(values, relations(), k) : new BitSet();
    }
}
