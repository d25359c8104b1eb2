package pl.synergia.shared.offering;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The directory's offerings as other contexts read them; implemented by the directory, one query per call. */
public interface OfferingLookup {

    /** The offerings with these ids; unknown ids are left out. */
    Map<UUID, OfferingRef> offerings(Collection<UUID> ids);

    default Optional<OfferingRef> offering(UUID id) {
        return Optional.ofNullable(offerings(Set.of(id)).get(id));
    }

    /**
     * The active offerings of active institutions in a TERYT area: the prefix of the gmina code (2
     * digits a voivodeship, 4 a powiat, 7 a gmina; empty for the whole country).
     */
    List<OfferingRef> activeIn(String terytPrefix);
}
