package pl.synergia.shared.catalogue;

import java.time.LocalDate;

/**
 * What other contexts read of a catalogue entry: names and descriptions, how long it may last and
 * when its rules apply. Published by the catalogue through {@link CatalogueLookup}.
 */
public record ServiceEntry(String code, String kind, String namePl, String nameEn, String descriptionPl, String descriptionEn,
        Integer durationMaxDays, Integer extensionMaxDays, LocalDate validFrom, LocalDate validTo, boolean historical) {

    public ServiceRef ref() {
        return new ServiceRef(code, kind, namePl, nameEn);
    }

    /** The longest it may last with its extension, in days; empty when the catalogue sets no limit. */
    public java.util.OptionalInt maxDaysWithExtension() {
        return durationMaxDays == null ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(durationMaxDays + (extensionMaxDays == null ? 0 : extensionMaxDays));
    }
}
