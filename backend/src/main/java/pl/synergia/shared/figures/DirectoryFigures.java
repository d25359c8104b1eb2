package pl.synergia.shared.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import pl.synergia.shared.institution.InstitutionType;

/** What the institution directory (a public register) tells the region; implemented by the directory. */
public interface DirectoryFigures {

    /**
     * Entities and their places per gmina, type and (for social cooperatives) profile, on each of
     * {@code days}: active entries only, and for the types whose existence the law ties to an
     * official status (CIS, KIS, WTZ, ZAZ, OWES) only those whose status of that kind is valid on
     * the day; other types count from the day they were entered in the directory.
     */
    List<SupplyFigure> supply(Set<InstitutionType> types, Collection<LocalDate> days);

    /** The type of every institution of the directory (also inactive ones: past records name them). */
    Map<UUID, InstitutionType> types();

    /** One cell of {@link #supply}. {@code cooperativeProfile} is INTEGRATION, SERVICE, MIXED or null. */
    record SupplyFigure(LocalDate day, String gminaTeryt, InstitutionType type, String cooperativeProfile, int entities,
            long places) {
    }
}
