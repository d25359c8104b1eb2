package pl.synergia.shared.institution;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The official status the law grants an institution (CIS status, KIS register entry, ...), as other
 * contexts read it: its kind (the directory's code) and the dates it is valid. Published by the
 * directory through {@link InstitutionLookup#officialStatuses}.
 */
public record OfficialStatusRef(UUID institutionId, String kind, LocalDate validFrom, LocalDate validTo) {
}
