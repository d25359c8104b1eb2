package pl.synergia.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import pl.synergia.shared.catalogue.ServiceEntry;

/**
 * Offerings listed "by service name" follow the catalogue's Polish order of names, which the
 * catalogue gives (its entries by name); the directory holds only the codes.
 */
public final class ServiceNameOrder {

    private ServiceNameOrder() {
    }

    /** Offerings in the order of their services' names (entries named alike count as one name), then by id. */
    public static List<Offering> sort(List<Offering> offerings, Map<String, Integer> ranks) {
        return offerings.stream().sorted(Comparator.comparing((Offering o) -> ranks.getOrDefault(o.serviceCode, Integer.MAX_VALUE))
                .thenComparing(o -> o.id)).toList();
    }

    /** Position of each code in the catalogue's name order, entries with the same name sharing one position. */
    public static Map<String, Integer> ranks(Collection<ServiceEntry> byName) {
        Map<String, Integer> rank = new LinkedHashMap<>();
        String previous = null;
        int position = -1;
        int index = 0;
        for (ServiceEntry s : byName) {
            if (!s.namePl().equals(previous)) {
                position = index;
                previous = s.namePl();
            }
            rank.put(s.code(), position);
            index++;
        }
        return rank;
    }
}
