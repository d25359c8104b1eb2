package pl.synergia.regional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The TERYT tree (voivodeship → powiat → gmina) with the population of each unit; immutable. */
public final class Territory {

    private final Map<String, List<String>> powiatsOf = new TreeMap<>();
    private final Map<String, List<String>> gminasOf = new TreeMap<>();
    private final Map<String, Long> population;

    /** @param gminas every gmina's TERYT code (7 digits; its powiat and voivodeship are its prefixes) */
    public Territory(List<String> gminas, Map<String, Long> population) {
        for (String gmina : gminas.stream().sorted().toList()) {
            String powiat = gmina.substring(0, 4);
            gminasOf.computeIfAbsent(powiat, p -> new ArrayList<>()).add(gmina);
            List<String> powiats = powiatsOf.computeIfAbsent(gmina.substring(0, 2), v -> new ArrayList<>());
            if (!powiats.contains(powiat)) {
                powiats.add(powiat);
            }
        }
        this.population = Collections.unmodifiableMap(new LinkedHashMap<>(population));
    }

    public List<String> voivodeships() {
        return List.copyOf(powiatsOf.keySet());
    }

    public List<String> powiats(String voivodeship) {
        return powiatsOf.getOrDefault(voivodeship, List.of());
    }

    public List<String> gminas(String powiat) {
        return gminasOf.getOrDefault(powiat, List.of());
    }

    /** Every gmina of a voivodeship or powiat (a gmina: itself). */
    public List<String> gminasWithin(String unit) {
        return switch (unit.length()) {
            case 2 -> powiats(unit).stream().flatMap(p -> gminas(p).stream()).toList();
            case 4 -> gminas(unit);
            default -> List.of(unit);
        };
    }

    /** Inhabitants of a unit, or null when unknown. */
    public Long population(String unit) {
        return population.get(unit);
    }
}
