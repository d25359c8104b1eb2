package pl.synergia.directory;

import java.time.LocalDate;
import java.util.Set;

import pl.synergia.shared.institution.InstitutionType;

/** Filters of the directory search; null or empty means "any". */
public record InstitutionFilter(String text, Set<InstitutionType> types, String terytPrefix, String serviceCode,
        String targetGroup, LocalDate statusValidOn, StakeholderRole stakeholderRole, boolean includeInactive) {

    public static InstitutionFilter none() {
        return new InstitutionFilter(null, Set.of(), null, null, null, null, null, false);
    }
}
